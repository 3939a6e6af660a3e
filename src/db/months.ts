import { emptyMonth } from '../core/month-record';
import type { MonthKey, MonthRecord, PublishedTo } from '../core/types';
import type { VeilleDatabase } from './database';

export { emptyMonth };

export async function getMonth(db: VeilleDatabase, id: MonthKey): Promise<MonthRecord> {
  return (await db.months.get(id)) ?? emptyMonth(id);
}

/** Months the author marked as published, for the month picker. */
export async function publishedMonths(db: VeilleDatabase): Promise<Set<MonthKey>> {
  const months = await db.months.filter((m) => m.publishedAt !== null).toArray();
  return new Set(months.map((m) => m.id));
}

/** Where Veille committed each published month's post, for the line under the month picker. */
export async function publishedPlaces(db: VeilleDatabase): Promise<Map<MonthKey, PublishedTo>> {
  const months = await db.months.filter((m) => m.publishedTo !== undefined).toArray();
  return new Map(months.flatMap((m) => (m.publishedTo ? [[m.id, m.publishedTo] as const] : [])));
}
