import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';

/** A chunk's loader, e.g. `() => import('./settings-page')`, declared once at module level. */
export type ModuleLoader<M> = () => Promise<M>;

export type ModuleState<M> =
  | { status: 'loading' }
  | { status: 'ready'; module: M }
  | { status: 'failed'; error: unknown };

// Loaded modules by loader: a view shown again paints at once, without a busy frame.
const loaded = new WeakMap<ModuleLoader<unknown>, unknown>();

/** Loads a module on first use (`import()`), keeping it for every later use. */
export function useModule<M>(load: ModuleLoader<M>): ModuleState<M> {
  // Failures are kept with their loader, so a new loader never shows an old state.
  const [failed, setFailed] = useState<{ load: ModuleLoader<M>; error: unknown } | null>(null);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (loaded.has(load)) return;
    let live = true;
    load().then(
      (module) => {
        loaded.set(load, module);
        if (live) setLoaded((n) => n + 1);
      },
      (error: unknown) => {
        if (live) setFailed({ load, error });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (loaded.has(load)) return { status: 'ready', module: loaded.get(load) as M };
  if (failed?.load === load) return { status: 'failed', error: failed.error };
  return { status: 'loading' };
}

interface LazyProps<M> {
  load: ModuleLoader<M>;
  children(module: M): ComponentChild;
}

/** Renders `children` with the loaded module; busy while it loads, a plain message if it cannot. */
export function Lazy<M>({ load, children }: LazyProps<M>) {
  const state = useModule(load);
  if (state.status === 'ready') return <>{children(state.module)}</>;
  if (state.status === 'failed') {
    return (
      <p role="alert" class="message error">
        {t('viewLoadFailed')}
      </p>
    );
  }
  return (
    <p role="status" aria-busy="true">
      {t('loading')}
    </p>
  );
}
