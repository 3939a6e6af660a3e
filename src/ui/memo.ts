import { type Component, type FunctionComponent, h } from 'preact';

/**
 * Preact's `memo` without `preact/compat`: `render` runs again only when
 * `same` says the new props differ from the last ones. For long lists whose
 * items mostly stay as they were from one render to the next.
 */
export function memo<P extends object>(
  render: FunctionComponent<P>,
  same: (before: P, after: P) => boolean,
): FunctionComponent<P> {
  function shouldUpdate(this: Component<P>, next: P): boolean {
    return !same(this.props, next);
  }
  function Memo(this: Component<P>, props: P) {
    this.shouldComponentUpdate = shouldUpdate;
    return h(render, props);
  }
  return Memo as FunctionComponent<P>;
}
