import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DatabaseHandle } from '../../db/open';
import { getAppliedChange, getOfficePc, insertOfficePc, pruneAppliedChanges, storeChangeAnswer, touchOfficePc } from '../../db/repositories/office';
import type { Envelope } from '../../shared/envelope';
import { recordAudit } from './audit';
import { RESTORE_IN_PROGRESS } from './call-drain';
import type { CallerPc, Clock } from './context';
import type { OfficeGateway } from './office-network';
import type { Router } from './router';

/** An answer larger than this is not kept (a batch of PDFs): the change is still recorded as applied. */
export const MAX_KEPT_ANSWER_CHARS = 2 * 1024 * 1024;
/** A client resends within minutes; a week covers a main PC away over a long weekend. */
const KEEP_CHANGES_DAYS = 7;
/** "Last seen" is written at most this often per PC, so that calls do not each write. */
const LAST_SEEN_EVERY_MS = 60_000;

export const PC_REFUSED_MESSAGE =
  'Ten komputer nie jest sparowany ze stanowiskiem głównym albo został z niego usunięty. Sparuj go ponownie kodem ze stanowiska głównego.';

const LOST_ANSWER_MESSAGE =
  'Ta zmiana została już zapisana na stanowisku głównym, ale jej wynik nie dotarł (przerwane połączenie). Odśwież widok, aby zobaczyć zapisane dane.';

/** What a call sent again gets when its change was applied but the answer was lost (or too large to keep). */
const lostAnswer: Envelope<never> = { ok: false, error: { code: 'CONFLICT', message: LOST_ANSWER_MESSAGE, details: { alreadyApplied: true } } };

function keyHash(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/**
 * The core's side of the office network (see office-network.ts): pairing writes a PC and its key's hash, every
 * call is authenticated against office_pcs (a removed PC is refused at once), and the answers of changes are kept
 * by change id. The change's record itself is written by recordAudit in the change's own transaction; here the
 * answer is only added to it, right after.
 */
export function createOfficeGateway(deps: { database: () => DatabaseHandle; router: Router; clock: Clock }): OfficeGateway {
  const { clock } = deps;
  const lastSeenWritten = new Map<number, number>();
  /**
   * False while a restore swaps the database (the old one closed, the new one not yet open). The router's calls
   * wait at its door meanwhile; the gateway's own reads and writes happen before and after the router, so they
   * check: the PC is told to try again, and nothing is written to a closed database.
   */
  const open = () => deps.database().sqlite.open;

  return {
    router: deps.router,

    registerPc(pcName, remoteAddress) {
      const pcKey = randomBytes(32).toString('base64url');
      const now = clock.now().toISOString();
      const { db } = deps.database();
      const row = db.transaction((tx) => {
        const pc = insertOfficePc(tx, { name: pcName, keyHash: keyHash(pcKey).toString('hex'), pairedAt: now });
        recordAudit(tx, { user: null, pc: { id: pc.id, name: pc.name } }, clock, {
          kind: 'office.paired',
          summary: `Sparowano komputer „${pc.name}” (adres ${remoteAddress})`,
          details: { pcId: pc.id, pcName: pc.name, remoteAddress },
        });
        return pc;
      });
      return { pcId: row.id, pcKey };
    },

    authenticate(pcIdHeader, pcKey) {
      if (!open()) return { ok: false, reason: '', error: { code: 'CONFLICT', message: RESTORE_IN_PROGRESS } };
      const refuse = (reason: string) => ({ ok: false as const, reason, error: { code: 'UNAUTHORIZED' as const, message: PC_REFUSED_MESSAGE } });
      const pcId = Number(pcIdHeader);
      if (!pcIdHeader || !Number.isSafeInteger(pcId) || pcId <= 0) return refuse('brak numeru komputera (niesparowany)');
      if (!pcKey) return refuse(`komputer nr ${pcId} bez klucza`);
      const { db } = deps.database();
      const row = getOfficePc(db, pcId);
      if (!row) return refuse(`nieznany komputer nr ${pcId}`);
      const expected = Buffer.from(row.keyHash, 'hex');
      if (!timingSafeEqual(keyHash(pcKey), expected)) return refuse(`błędny klucz komputera „${row.name}” (nr ${pcId})`);
      if (row.removedAt) return refuse(`usunięty komputer „${row.name}” (nr ${pcId})`);
      const now = clock.now();
      if (now.getTime() - (lastSeenWritten.get(pcId) ?? 0) >= LAST_SEEN_EVERY_MS) {
        lastSeenWritten.set(pcId, now.getTime());
        touchOfficePc(db, pcId, now.toISOString());
      }
      return { ok: true, pc: { id: row.id, name: row.name } };
    },

    refused(remoteAddress, reason, suppressedSince) {
      if (!open()) return;
      const { db } = deps.database();
      const more = suppressedSince > 0 ? `; wcześniej jeszcze ${suppressedSince} odrzuconych z tego adresu, niezapisanych osobno` : '';
      db.transaction((tx) =>
        recordAudit(tx, { user: null }, clock, {
          kind: 'office.refused',
          summary: `Odrzucono połączenie z adresu ${remoteAddress}: ${reason}${more}`,
          details: { remoteAddress, reason, suppressedSince },
        }),
      );
    },

    replay(pc, changeId) {
      // The data is being replaced by a backup's: what was recorded before is replaced with it.
      if (!open()) return null;
      const stored = getAppliedChange(deps.database().db, pc.id, changeId);
      if (!stored) return null;
      return stored.answer === null ? lostAnswer : (JSON.parse(stored.answer) as Envelope<unknown>);
    },

    keepAnswer(pc: CallerPc, changeId, envelope) {
      if (!open()) return;
      const { db } = deps.database();
      const text = JSON.stringify(envelope);
      const kept = text.length <= MAX_KEPT_ANSWER_CHARS;
      if (storeChangeAnswer(db, pc.id, changeId, kept ? text : null)) {
        pruneAppliedChanges(db, new Date(clock.now().getTime() - KEEP_CHANGES_DAYS * 86_400_000).toISOString());
      }
    },
  };
}
