import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { officeSettings } from '../schema';

export type OfficeSettingsRow = typeof officeSettings.$inferSelect;

export function getOfficeSettingsRow(db: Db): OfficeSettingsRow | undefined {
  return db.select().from(officeSettings).where(eq(officeSettings.id, 1)).get();
}

export function saveOfficeSettingsRow(db: Db, values: Omit<OfficeSettingsRow, 'id'>): OfficeSettingsRow {
  return db
    .insert(officeSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: officeSettings.id, set: values })
    .returning()
    .get();
}
