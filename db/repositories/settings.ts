import { eq } from 'drizzle-orm';
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
