import { emptyMonth } from '../core/month-record';
import type { MonthKey, MonthRecord } from '../core/types';
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
