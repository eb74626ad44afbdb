import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import { roleLabels, type Role } from '../../../shared/domain/roles';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../../db/open';
import { getUserById, getUserByLogin, insertUser, listUsers, updateUser, type UserRow } from '../../../db/repositories/users';
import { changedFields, recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import { hashPassword } from '../passwords';
import { assertStrongPassword } from '../password-strength';
import type { SessionStore } from '../sessions';
import { todayInPoland } from '../roles';
import { formatDatePl } from '../../../shared/domain/calendar';

type User = MethodOutput<'users.list'>[number];

export function toUser(row: UserRow, nowIso: string): User {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roles: row.roles as Role[],
    active: row.active,
    // An administrator's account is never locked (auth.login lets the right password in at any time).
    lockedUntil: row.lockedUntil && row.lockedUntil > nowIso && !(row.roles as Role[]).includes('administrator') ? row.lockedUntil : null,
    lastLoginAt: row.lastLoginAt,
    deputyUntil: row.deputyUntil,
    createdAt: row.createdAt,
  };
}

const rolesText = (roles: readonly string[]) => roles.map((role) => roleLabels[role as Role] ?? role).join(', ');

export function createUsersService(db: Db, clock: Clock, sessions: SessionStore) {
  const now = () => clock.now().toISOString();
  function requireUser(tx: Db, id: number): UserRow {
    const row = getUserById(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Nie ma takiego użytkownika.');
    return row;
  }

  return {
    list(): User[] {
      return listUsers(db).map((row) => toUser(row, now()));
    },

    async create(input: ParsedInput<'users.create'>, ctx: RequestContext): Promise<User> {
      assertStrongPassword(input.password, input, ['password']);
      const passwordHash = await hashPassword(input.password);
      const now = clock.now().toISOString();
      return db.transaction((tx) => {
        if (getUserByLogin(tx, input.login)) {
          const message = `Login „${input.login}” jest już zajęty.`;
          throw new AppError('CONFLICT', message, [{ path: ['login'], message }]);
        }
        const row = insertUser(tx, {
          login: input.login,
          fullName: input.fullName,
          roles: input.roles,
          passwordHash,
          // The initial password was typed by the administrator: the first login asks for one's own.
          mustChangePassword: true,
          createdAt: now,
          updatedAt: now,
        });
        recordAudit(tx, ctx, clock, {
          kind: 'user.create',
          summary: `Dodano użytkownika ${row.fullName} (${row.login}), role: ${rolesText(row.roles)}`,
          details: { userId: row.id, login: row.login, roles: row.roles },
        });
        return toUser(row, now);
      });
    },

    update(input: ParsedInput<'users.update'>, ctx: RequestContext): User {
      return db.transaction((tx) => {
        const before = requireUser(tx, input.id);
        if (input.id === ctx.user!.id && !input.active) {
          throw new AppError('CONFLICT', 'Nie możesz wyłączyć własnego konta.');
        }
        const stillAdministrator = input.active && input.roles.includes('administrator');
        const otherAdministrators = listUsers(tx).filter(
          (user) => user.id !== input.id && user.active && (user.roles as Role[]).includes('administrator'),
        );
        if (!stillAdministrator && otherAdministrators.length === 0) {
          throw new AppError('CONFLICT', 'Program musi mieć co najmniej jednego aktywnego administratora.');
        }
        // Nobody gives themselves a role (the administrator would read the register as a social worker);
        // giving up one's own role is allowed. Every change of roles is shown to the director.
        const added = input.roles.filter((role) => !(before.roles as Role[]).includes(role));
        if (input.id === ctx.user!.id && added.length > 0) {
          const message = `Nie możesz nadać roli własnemu kontu (${rolesText(added)}). Role nadaje inny administrator, a kierownik widzi każdą zmianę.`;
          throw new AppError('FORBIDDEN', message, [{ path: ['roles'], message }]);
        }
        const after = updateUser(tx, input.id, {
          fullName: input.fullName,
          roles: input.roles,
          active: input.active,
          updatedAt: clock.now().toISOString(),
        });
        const changes = changedFields(
          { ...before, roles: rolesText(before.roles) },
          { ...after, roles: rolesText(after.roles) },
          ['fullName', 'roles', 'active'],
        );
        recordAudit(tx, ctx, clock, {
          kind: 'user.update',
          summary: `Zmieniono użytkownika ${after.fullName} (${after.login})`,
          details: { userId: after.id, changes },
        });
        return toUser(after, now());
      });
    },

    /**
     * Only a director in their own right authorises a deputy (not a deputy, not the administrator): the
     * authorisation to act "z upoważnienia" comes from the head of the office.
     */
    authoriseDeputy(input: ParsedInput<'users.authoriseDeputy'>, ctx: RequestContext): User {
      return db.transaction((tx) => {
        const granter = requireUser(tx, ctx.user!.id);
        if (!(granter.roles as Role[]).includes('director')) {
          throw new AppError('FORBIDDEN', 'Zastępcę upoważnia kierownik; zastępca nie może upoważnić kolejnej osoby.');
        }
        const row = requireUser(tx, input.userId);
        if (row.id === granter.id) throw new AppError('CONFLICT', 'Nie można upoważnić samego siebie.');
        if ((row.roles as Role[]).includes('director')) throw new AppError('CONFLICT', `${row.fullName} ma już rolę kierownika.`);
        if (input.until && input.until < todayInPoland(clock)) {
          const message = 'Upoważnienie nie może kończyć się w przeszłości.';
          throw new AppError('VALIDATION', message, [{ path: ['until'], message }]);
        }
        const after = updateUser(tx, row.id, {
          deputyUntil: input.until,
          deputyGrantedBy: input.until ? granter.id : null,
          updatedAt: now(),
        });
        recordAudit(tx, ctx, clock, {
          kind: 'user.deputy',
          summary: input.until
            ? `Upoważniono ${row.fullName} do zastępowania kierownika do ${formatDatePl(input.until)}`
            : `Cofnięto upoważnienie ${row.fullName} do zastępowania kierownika`,
          details: { userId: row.id, changes: { deputyUntil: { before: row.deputyUntil, after: input.until } } },
        });
        return toUser(after, now());
      });
    },

    async resetPassword(input: ParsedInput<'users.resetPassword'>, ctx: RequestContext): Promise<User> {
      assertStrongPassword(input.password, requireUser(db, input.id), ['password']);
      const passwordHash = await hashPassword(input.password);
      const user = db.transaction((tx) => {
        const row = requireUser(tx, input.id);
        const after = updateUser(tx, row.id, {
          passwordHash,
          mustChangePassword: true,
          failedLogins: 0,
          lockedUntil: null,
          updatedAt: clock.now().toISOString(),
        });
        recordAudit(tx, ctx, clock, {
          kind: 'user.resetPassword',
          summary: `Nadano nowe hasło użytkownikowi ${row.fullName} (${row.login})`,
          details: { userId: row.id },
        });
        return toUser(after, now());
      });
      // Whoever knew the old password is out: every open session of the user ends.
      sessions.removeForUser(input.id);
      return user;
    },
  };
}
