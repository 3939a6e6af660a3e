/**
 * Records of the first version named an entry's month key `month` and the
 * page's own date `meta.publishedAt` (a name the month record uses for its
 * publication). Version 2 calls them `monthKey` and `meta.pageDate`. One
 * function brings a version 1 entry to version 2, for the database upgrade
 * (src/db/database.ts) and for backup files written by version 1.
 */
export function entryFromVersion1(raw: unknown): unknown {
  if (!isRecord(raw) || !('month' in raw)) return raw;
  const { month, meta, ...rest } = raw;
  return { ...rest, monthKey: month, meta: metaFromVersion1(meta) };
}

function metaFromVersion1(meta: unknown): unknown {
  if (!isRecord(meta) || !('publishedAt' in meta)) return meta;
  const { publishedAt, ...rest } = meta;
  return { ...rest, pageDate: publishedAt };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
