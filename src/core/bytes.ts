/** A size as people read it: "12.3 MB", "840 kB", "1.2 GB" (decimal units, kB at least), in `language`. */
export function formatBytes(bytes: number, language: string): string {
  const units = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ] as const;
  const [unit, size] = units.find(([, size]) => bytes >= size) ?? ['kilobyte', 1e3];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(bytes / size);
}
