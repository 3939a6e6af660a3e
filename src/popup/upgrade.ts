import { VeilleDatabase } from '../db/database';

/**
 * Brings an older database to the current schema with Dexie, which keeps
 * every version's upgrade. Loaded only when the popup meets such a database
 * (once after an update), so the popup does not carry Dexie otherwise.
 */
export async function upgradeDatabase(): Promise<void> {
  const db = new VeilleDatabase();
  await db.open();
  db.close();
}
