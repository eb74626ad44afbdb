import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Db } from '../../../db/open';
import { getOfficeSettingsRow, saveOfficeSettingsRow } from '../../../db/repositories/settings';
import type { Clock } from '../context';

type OfficeSettings = MethodOutput<'settings.getOffice'>;

const NOT_CONFIGURED: OfficeSettings = {
  configured: false,
  gminaName: '',
  officeName: '',
  street: null,
  houseNumber: '',
  postalCode: '',
  town: '',
  phone: null,
  email: null,
  directorName: '',
  directorTitle: '',
  updatedAt: null,
};

export function createSettingsService(db: Db, clock: Clock) {
  return {
    getOffice(): OfficeSettings {
      const row = getOfficeSettingsRow(db);
      if (!row) return NOT_CONFIGURED;
      const { id: _id, ...values } = row;
      return { configured: true, ...values };
    },

    updateOffice(input: ParsedInput<'settings.updateOffice'>): OfficeSettings {
      const row = db.transaction((tx) => saveOfficeSettingsRow(tx, { ...input, updatedAt: clock.now().toISOString() }));
      const { id: _id, ...values } = row;
      return { configured: true, ...values };
    },
  };
}
