import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { DEFAULT_CASE_REF_UNIT } from '../../../shared/domain/cases';
import { defaultDecisionTexts, resolveDecisionTexts } from '../../../shared/domain/decision-texts';
import type { Db } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import { getOfficeSettingsRow, readTownLocalities, saveOfficeSettingsRow, writeTownLocalities, type OfficeSettingsRow } from '../../../db/repositories/settings';
import { changedFields, recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';

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
  lockAfterMinutes: 10,
  periodicAllowanceMinPercent: 50,
  caseRefUnit: DEFAULT_CASE_REF_UNIT,
  caseRefSymbols: {},
  decisionTexts: defaultDecisionTexts('…', '…'),
  updatedAt: null,
};

function toOutput(row: OfficeSettingsRow): OfficeSettings {
  const { id: _id, decisionTexts, ...values } = row;
  return { configured: true, ...values, decisionTexts: resolveDecisionTexts(decisionTexts, row.gminaName, row.officeName) };
}

export function createSettingsService(db: Db, clock: Clock) {
  return {
    getOffice(): OfficeSettings {
      const row = getOfficeSettingsRow(db);
      return row ? toOutput(row) : NOT_CONFIGURED;
    },

    updateOffice(input: ParsedInput<'settings.updateOffice'>, ctx: RequestContext): OfficeSettings {
      const row = db.transaction((tx) => {
        const before = getOfficeSettingsRow(tx);
        const after = saveOfficeSettingsRow(tx, { ...input, updatedAt: clock.now().toISOString() });
        const fields = Object.keys(input) as (keyof typeof input)[];
        recordAudit(tx, ctx, clock, {
          kind: 'settings.update',
          summary: 'Zmieniono dane urzędu',
          details: { changes: before ? changedFields(before, after, fields) : { after: input } },
        });
        return after;
      });
      return toOutput(row);
    },

    townLocalities(): MethodOutput<'settings.townLocalities'> {
      return { items: readTownLocalities(db) };
    },

    updateTownLocalities(input: ParsedInput<'settings.updateTownLocalities'>, ctx: RequestContext): MethodOutput<'settings.updateTownLocalities'> {
      const items = [...input.items].sort((a, b) => a.localeCompare(b, 'pl'));
      return db.transaction((tx) => {
        const before = readTownLocalities(tx);
        if (!writeTownLocalities(tx, items, clock.now().toISOString())) throw new AppError('CONFLICT', 'Najpierw uzupełnij dane urzędu.');
        recordAudit(tx, ctx, clock, {
          kind: 'settings.update',
          summary: 'Zmieniono listę miejscowości będących miastami (MRPiPS-03)',
          details: { changes: { townLocalities: { before, after: items } } },
        });
        return { items };
      });
    },
  };
}
