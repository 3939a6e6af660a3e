/** `items` with the one at `index` moved `delta` places (clamped to the ends). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  if (item === undefined) return [...items];
  const target = Math.max(0, Math.min(moved.length, index + delta));
  moved.splice(target, 0, item);
  return moved;
}
