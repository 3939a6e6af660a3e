/**
 * `work`'s result, or `fallback` when it takes longer than `budgetMs`. The
 * work goes on (a page script cannot be cancelled); its late result is dropped.
 */
export function withinBudget<T>(work: Promise<T>, budgetMs: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), budgetMs);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
