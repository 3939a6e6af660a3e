// A large library for `npm run bench`: years of captures written into the
// extension's IndexedDB from one of its pages, in batches, so that the popup
// and the worker are measured against what an author has after a decade.

/**
 * Runs in an extension page (Playwright's `page.evaluate`): it may use only
 * its argument. Writes `count` entries over `months` months ending with the
 * current one (titles, notes, tags, categories, page metadata, about 1% of
 * them deleted) and one month record per month, the past ones published.
 * The database must exist at the current version (open the options page first).
 */
async function writeLibrary({ count, months, batch }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('veille');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  // A seeded generator: the same library on every run.
  let seed = 20161201;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (list) => list[Math.floor(random() ** 2 * list.length)];
  const words = `kubernetes latency postgres observability rust wasm grafana tracing
    incident pipeline terraform queue cache index browser compiler memory scheduler
    cluster release security token schema migration edge network storage design`
    .split(/\s+/)
    .filter(Boolean);
  const tags = Array.from(
    { length: 400 },
    (_, i) => `${words[i % words.length]}${i < 26 ? '' : `-${i}`}`,
  );
  const categories = ['CI/CD', 'Cloud', 'Data', 'DevOps', 'Front', 'Langages', 'Observabilité'];
  for (let i = 0; i < 18; i++) categories.push(`Section ${i + 1}`);
  const sites = Array.from({ length: 300 }, (_, i) => `site${i}.example`);
  const now = new Date();
  const monthKeys = Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
  const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');

  for (let start = 0; start < count; start += batch) {
    const tx = db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const m = Math.floor((i * months) / count);
      const [year, month] = monthKeys[m].split('-').map(Number);
      const capturedAt = Date.UTC(year, month - 1, 1) + Math.floor(random() * 27 * 86_400_000);
      const site = pick(sites);
      const tagCount = 1 + Math.floor(random() * 4);
      store.put({
        id: `bench-${i}`,
        url: `https://${site}/${monthKeys[m]}/${sentence(4).replaceAll(' ', '-')}-${i}`,
        title: `${sentence(3 + Math.floor(random() * 8))} (${i})`,
        note: random() < 0.2 ? '' : sentence(10 + Math.floor(random() * 50)),
        tags: [...new Set(Array.from({ length: tagCount }, () => pick(tags)))],
        category: random() < 0.05 ? '' : pick(categories),
        monthKey: monthKeys[m],
        capturedAt,
        updatedAt: capturedAt,
        deletedAt: random() < 0.01 ? capturedAt + 3_600_000 : null,
        meta: { siteName: site, description: sentence(20), lang: random() < 0.5 ? 'en' : 'fr' },
      });
    }
    await done(tx);
  }
  const tx = db.transaction('months', 'readwrite');
  monthKeys.forEach((id, i) => {
    const past = i < monthKeys.length - 1;
    tx.objectStore('months').put({
      id,
      intro: past ? sentence(30) : '',
      outro: '',
      sectionIntros: {},
      sectionOrder: [],
      titleOverride: '',
      publishDate: null,
      publishedAt: past ? Date.UTC(2017, 0, 1) + i * 30 * 86_400_000 : null,
      publishedEntryIds: [],
      updatedAt: 0,
      deletedAt: null,
    });
  });
  await done(tx);
  db.close();
}

/** Seeds the library of the browser `context`'s extension `id`. */
export async function seedLibrary(context, id, { count = 100_000, months = 120 } = {}) {
  const page = await context.newPage();
  // The options page opens (and creates) the database at the current version.
  await page.goto(`chrome-extension://${id}/src/options/index.html`);
  await page.getByRole('heading').first().waitFor();
  await page.evaluate(writeLibrary, { count, months, batch: 5000 });
  await page.close();
}
