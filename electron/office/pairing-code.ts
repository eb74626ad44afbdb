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

export type PairingCheck = 'ok' | 'wrong' | 'wrong-renewed' | 'expired';

/**
 * The one pairing code of a serving main PC, in memory only (a restart makes a new one): valid ten minutes,
 * used once, and replaced after five wrong tries so that nobody can try all 2^30 secrets.
 */
export function createPairingCodes(certificateDer: Buffer, clock: Clock) {
  let secret = '';
  let expiresAt = 0;
  let wrongTries = 0;

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
      if (clock.now().getTime() > expiresAt) return 'expired';
      const given = Buffer.from(normaliseCrockford(typed).slice(0, PAIRING_SECRET_LENGTH).padEnd(PAIRING_SECRET_LENGTH, '?'));
      if (timingSafeEqual(given, Buffer.from(secret))) {
        renew(); // one-time: the next PC gets the next code
        return 'ok';
      }
      wrongTries += 1;
      if (wrongTries < PAIRING_MAX_WRONG_TRIES) return 'wrong';
      renew();
      return 'wrong-renewed';
    },
  };
}

export type PairingCodes = ReturnType<typeof createPairingCodes>;
