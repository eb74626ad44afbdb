/** The pairing code as the two PCs read it: the secret, the certificate's fingerprint bits, what a person types. */
import { describe, expect, it } from 'vitest';
import { createTestClock } from '../../db/testing';
import { createPairingCodes } from '../../electron/office/pairing-code';
import { certificateMatchesCode, encodePairingCode, parsePairingCode } from '../../electron/office/protocol';
import { createRefusalLimiter } from '../../electron/office/refusal-log';

const certA = Buffer.from('certificate A (DER bytes stand-in)');
const certB = Buffer.from('certificate B (DER bytes stand-in)');

describe('pairing code', () => {
  it('is 16 Crockford characters in four groups: the secret, then 50 bits of the certificate’s SHA-256', () => {
    const code = encodePairingCode('7K3MQ9', certA);
    expect(code).toMatch(/^7K3M-Q9[0-9A-HJKMNP-TV-Z]{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const parsed = parsePairingCode(code);
    expect(parsed).toEqual({ ok: true, code: { secret: '7K3MQ9', fingerprintPrefix: code.replace(/-/g, '').slice(6) } });
    expect(parsed.ok && certificateMatchesCode(certA, parsed.code)).toBe(true);
    expect(parsed.ok && certificateMatchesCode(certB, parsed.code)).toBe(false);
  });

  it('is read as a person types it: lower case, spaces, O for 0, I and L for 1', () => {
    const code = encodePairingCode('10Z1AB', certA);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/^10/, 'lo');
    const parsed = parsePairingCode(typed);
    expect(parsed.ok && parsed.code.secret).toBe('10Z1AB');
  });

  it('refuses, in Polish, a code of the wrong length or with a letter Crockford does not use', () => {
    expect(parsePairingCode('7K3M-Q9XA')).toEqual({ ok: false, message: 'Kod parowania ma 16 znaków (np. 7K3M-Q9XA-4TZR-8HVC); wpisano 8.' });
    expect(parsePairingCode('UUUU-UUUU-UUUU-UUUU')).toMatchObject({ ok: false, message: expect.stringMatching(/bez U/) });
  });

  it('on the main PC: valid 10 minutes, used once, a new secret after 5 wrong tries', () => {
    const clock = createTestClock('2026-03-16T09:00:00+01:00');
    const codes = createPairingCodes(certA, clock);
    const first = codes.current();
    expect(first.expiresAt).toBe('2026-03-16T08:10:00.000Z');
    expect(codes.check(first.code)).toBe('ok');
    const second = codes.current();
    expect(second.code).not.toBe(first.code);
    expect(codes.check(first.code)).toBe('wrong'); // used up

    // At most one wrong try a second: a faster one is refused unchecked and does not count.
    expect(codes.check(second.code)).toBe('too-fast');
    const wrong = second.code.startsWith('0') ? '111111' : '000000';
    const tryAfterASecond = (typed: string) => {
      clock.set(new Date(clock.now().getTime() + 1000).toISOString());
      return codes.check(typed);
    };
    expect(tryAfterASecond('ĄĘŚĆŻŹ')).toBe('wrong'); // not ASCII: wrong, not an error
    expect([3, 4].map(() => tryAfterASecond(wrong))).toEqual(['wrong', 'wrong']);
    expect(tryAfterASecond(wrong)).toBe('wrong-renewed');
    const third = codes.current();
    expect(third.code.slice(0, 7)).not.toBe(second.code.slice(0, 7));
    expect(third.code.slice(-12)).toBe(second.code.slice(-12)); // same certificate

    clock.set('2026-03-16T09:30:00+01:00');
    expect(codes.current().expired).toBe(true);
    expect(codes.check(third.code)).toBe('expired');
  });
});

describe('refused connections in the audit log', () => {
  it('are written once a minute per address, with how many came in between', () => {
    let now = 0;
    const limiter = createRefusalLimiter(() => now);
    expect(limiter.admit('10.0.0.5')).toEqual({ audit: true, suppressed: 0 });
    expect(limiter.admit('10.0.0.5')).toEqual({ audit: false });
    expect(limiter.admit('10.0.0.6')).toEqual({ audit: true, suppressed: 0 });
    now = 30_000;
    expect(limiter.admit('10.0.0.5')).toEqual({ audit: false });
    now = 60_000;
    expect(limiter.admit('10.0.0.5')).toEqual({ audit: true, suppressed: 2 });
  });
});
