import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { officeSettings } from '../schema';

export type OfficeSettingsRow = typeof officeSettings.$inferSelect;

export function getOfficeSettingsRow(db: Db): OfficeSettingsRow | undefined {
  return db.select().from(officeSettings).where(eq(officeSettings.id, 1)).get();
}

/** The office's data; the payment settings are kept apart (db/repositories/payments.ts) and left as they are. */
export function saveOfficeSettingsRow(db: Db, values: Omit<OfficeSettingsRow, 'id' | 'paymentSettings'>): OfficeSettingsRow {
  return db
    .insert(officeSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: officeSettings.id, set: values })
    .returning()
    .get();
}

/**
 * The towns of the gmina (MRPiPS-03 "na wsi": every other locality). Kept in the office row's JSON settings beside the
 * payment settings, so that no migration is needed; writePaymentSettings keeps the key as it is.
 */
export const TOWN_LOCALITIES_KEY = 'townLocalities';

export function readTownLocalities(db: Db): string[] {
  const row = db
    .select({ value: sql<string | null>`json_extract(${officeSettings.paymentSettings}, ${`$.${TOWN_LOCALITIES_KEY}`})` })
    .from(officeSettings)
    .where(eq(officeSettings.id, 1))
    .get();
  const parsed: unknown = row?.value ? JSON.parse(row.value) : [];
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
}

/** False when the office is not set up yet (no row to keep them in). */
export function writeTownLocalities(db: Db, towns: string[], at: string): boolean {
  return (
    db
      .update(officeSettings)
      .set({ paymentSettings: sql`json_set(${officeSettings.paymentSettings}, ${`$.${TOWN_LOCALITIES_KEY}`}, json(${JSON.stringify(towns)}))`, updatedAt: at })
      .where(eq(officeSettings.id, 1))
      .run().changes === 1
  );
}
