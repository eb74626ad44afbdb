import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { saveOfficeSettingsRow } from '../../../db/repositories/settings';
import { countUsers, insertUser } from '../../../db/repositories/users';
import { recordAudit } from '../audit';
import type { Clock } from '../context';
import { hashPassword } from '../passwords';
import { assertStrongPassword } from '../password-strength';
import type { AuthService } from './auth';

/** First start: the office settings and the first administrator, once; until then nothing else opens. */
export function createSetupService(db: Db, clock: Clock, auth: AuthService) {
  return {
    status(): MethodOutput<'setup.status'> {
      return { needsSetup: countUsers(db) === 0 };
    },

    async initialize(input: ParsedInput<'setup.initialize'>): Promise<MethodOutput<'setup.initialize'>> {
      // Set up already: said first, whatever the password (checked again in the transaction below).
      if (countUsers(db) > 0) throw new AppError('CONFLICT', 'Program jest już skonfigurowany. Zaloguj się.');
      assertStrongPassword(input.administrator.password, input.administrator, ['administrator', 'password']);
      const passwordHash = await hashPassword(input.administrator.password);
      const now = clock.now().toISOString();
      const admin = db.transaction((tx) => {
        if (countUsers(tx) > 0) {
          throw new AppError('CONFLICT', 'Program jest już skonfigurowany. Zaloguj się.');
        }
        saveOfficeSettingsRow(tx, { ...input.office, updatedAt: now });
        const row = insertUser(tx, {
          login: input.administrator.login,
          fullName: input.administrator.fullName,
          roles: ['administrator'],
          passwordHash,
          lastLoginAt: now,
          createdAt: now,
          updatedAt: now,
        });
        const user = { id: row.id, login: row.login, fullName: row.fullName, roles: ['administrator' as const] };
        recordAudit(tx, { user }, clock, {
          kind: 'setup.initialize',
          summary: `Pierwsze uruchomienie: ${input.office.officeName}; administrator ${row.fullName} (${row.login})`,
          details: { office: input.office, administrator: row.login },
        });
        return row;
      });
      const session = auth.startSession(admin.id);
      return { sessionToken: session.token, user: auth.currentUser(admin) };
    },
  };
}
