import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../core/context';
import {
  encodePairingCode,
  newPairingSecret,
  normaliseCrockford,
  PAIRING_CODE_VALID_MINUTES,
  PAIRING_MAX_WRONG_TRIES,
  PAIRING_SECRET_LENGTH,
} from './protocol';

export type PairingCheck = 'ok' | 'wrong' | 'wrong-renewed' | 'expired' | 'too-fast';

/**
 * After a wrong try, tries within this time are refused unchecked: 5 tries per code would otherwise let a script
 * on the network go through the 2^30 secrets code after code in weeks; at one try a second it needs decades.
 */
export const PAUSE_AFTER_WRONG_TRY_MS = 1000;

/**
 * The one pairing code of a serving main PC, in memory only (a restart makes a new one): valid ten minutes,
 * used once, replaced after five wrong tries, and at most one wrong try a second, so that nobody tries all 2^30 secrets.
 */
export function createPairingCodes(certificateDer: Buffer, clock: Clock) {
  let secret = '';
  let expiresAt = 0;
  let wrongTries = 0;
  let lastWrongAt = Number.NEGATIVE_INFINITY;

  function renew(): void {
    secret = newPairingSecret();
    expiresAt = clock.now().getTime() + PAIRING_CODE_VALID_MINUTES * 60_000;
    wrongTries = 0;
  }
  renew();

  return {
    renew,
    current(): { code: string; expiresAt: string; expired: boolean } {
      return { code: encodePairingCode(secret, certificateDer), expiresAt: new Date(expiresAt).toISOString(), expired: clock.now().getTime() > expiresAt };
    },
    /** Checks a typed secret (or a whole code: its first characters are the secret); a right one is used up. */
    check(typed: string): PairingCheck {
      const now = clock.now().getTime();
      if (now - lastWrongAt < PAUSE_AFTER_WRONG_TRY_MS) return 'too-fast';
      if (now > expiresAt) return 'expired';
      const given = Buffer.from(normaliseCrockford(typed).slice(0, PAIRING_SECRET_LENGTH));
      const expected = Buffer.from(secret);
      // Letters outside ASCII take more bytes: such a secret is wrong, never compared (timingSafeEqual needs equal lengths).
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        renew(); // one-time: the next PC gets the next code
        return 'ok';
      }
      wrongTries += 1;
      lastWrongAt = now;
      if (wrongTries < PAIRING_MAX_WRONG_TRIES) return 'wrong';
      renew();
      return 'wrong-renewed';
    },
  };
}

export type PairingCodes = ReturnType<typeof createPairingCodes>;
