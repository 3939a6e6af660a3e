// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { memo } from './memo';

afterEach(cleanup);

describe('memo', () => {
  it('renders again only when the props differ as `same` sees them', () => {
    let renders = 0;
    const Item = memo(
      ({ label }: { label: string; ignored: number }) => {
        renders++;
        return <p>{label}</p>;
      },
      (before, after) => before.label === after.label,
    );
    const { rerender } = render(<Item label="one" ignored={1} />);
    rerender(<Item label="one" ignored={2} />);
    expect(renders).toBe(1);
    rerender(<Item label="two" ignored={2} />);
    expect(renders).toBe(2);
    expect(screen.getByText('two')).toBeTruthy();
  });
});
