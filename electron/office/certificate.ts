import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';

/**
 * The main PC's own TLS certificate for the office network, made once at the first "turn on" and kept for good:
 * the other PCs pin its fingerprint, so a new certificate means pairing them all again.
 *
 * The certificate is public and lies in the data folder as PEM. The private key never lies there in plain text:
 * it is sealed with AES-256-GCM under a key derived (HKDF, a purpose of its own) from a secret key of this data
 * folder, which secret-keys.ts keeps protected by the operating system (or owner-only outside the data folder in
 * browser mode). A copy of the data folder alone cannot pretend to be this main PC.
 */
export interface OfficeCertificate {
  certPem: string;
  keyPem: string;
  /** The certificate in DER: what the pairing code's and the client's fingerprints are taken of. */
  der: Buffer;
}

export const CERTIFICATE_FOLDER = 'office-tls';
const CERT_FILE = 'certificate.pem';
const KEY_FILE = 'private-key.sealed';
const SEAL_INFO = 'ostoja office-tls private key v1';
const IV_BYTES = 12;

interface SealedKey {
  format: 'ostoja-sealed-tls-key';
  version: 1;
  /** base64 of IV (12) | GCM tag (16) | ciphertext. */
  data: string;
}

function sealingKey(secret: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), SEAL_INFO, 32));
}

function seal(keyPem: string, secret: Buffer): SealedKey {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  const data = Buffer.concat([cipher.update(keyPem, 'utf8'), cipher.final()]);
  return { format: 'ostoja-sealed-tls-key', version: 1, data: Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64') };
}

function unseal(sealed: SealedKey, secret: Buffer, file: string): string {
  try {
    const raw = Buffer.from(sealed.data, 'base64');
    const decipher = crypto.createDecipheriv('aes-256-gcm', sealingKey(secret), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + 16));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(
      `Klucza certyfikatu sieci biura (${file}) nie można odczytać: został zapisany na innym komputerze albo przez innego użytkownika. ` +
        `Usuń folder ${path.dirname(file)}, włącz sieć biura ponownie i sparuj pozostałe komputery nowym kodem.`,
    );
  }
}

/** Owner-only, written whole (a temporary file, then in place). */
function writeOwnerOnly(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, content, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** The certificate of this data folder: read, or made now (EC P-256, SHA-256, valid 30 years: it is pinned, never renewed). */
export async function loadOrCreateCertificate(dataDir: string, secret: Buffer, now: Date): Promise<OfficeCertificate> {
  const folder = path.join(dataDir, CERTIFICATE_FOLDER);
  const certFile = path.join(folder, CERT_FILE);
  const keyFile = path.join(folder, KEY_FILE);
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    const certPem = fs.readFileSync(certFile, 'utf8');
    const keyPem = unseal(JSON.parse(fs.readFileSync(keyFile, 'utf8')) as SealedKey, secret, keyFile);
    return { certPem, keyPem, der: Buffer.from(new crypto.X509Certificate(certPem).raw) };
  }
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + 30);
  const made = await generate([{ name: 'commonName', value: 'Ostoja - stanowisko glowne' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 86_400_000),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
    ],
  });
  // The key first: a certificate without its key is never left behind (a start after a crash makes both again).
  writeOwnerOnly(keyFile, `${JSON.stringify(seal(made.private, secret), null, 2)}\n`);
  writeOwnerOnly(certFile, made.cert);
  return { certPem: made.cert, keyPem: made.private, der: Buffer.from(new crypto.X509Certificate(made.cert).raw) };
}
