import fs from 'node:fs';
import path from 'node:path';

/**
 * Which addresses the program may open in the system browser. Everything else (other sites, file:, smb:,
 * custom schemes) is refused, so a link slipped into the data or a page cannot start another program or
 * leak a path. The list is a small file of this computer in the data folder, beside backup-settings.json
 * (not in the database: a restore must not change it, and nothing in the window can write it); without the
 * file the defaults below apply. The IT volunteer may edit it:
 *
 *   { "allowed": ["https://empatia.mpips.gov.pl/", "https://www.gov.pl/web/rodzina/"] }
 *
 * Each entry is an https address: a link is allowed when it has the entry's origin and its path starts
 * with the entry's path (a whole segment: "https://x.pl/a/" allows /a/b, not /ab).
 */

export const EXTERNAL_LINKS_FILE = 'external-links.json';

/** The ministry's Emp@tia portal (CAS, the statistical reports) and the family pages of gov.pl. */
export const DEFAULT_EXTERNAL_LINKS: readonly string[] = ['https://empatia.mpips.gov.pl/', 'https://www.gov.pl/web/rodzina/'];

export interface AllowedLink {
  origin: string;
  /** Always ends with '/'. */
  pathPrefix: string;
}

/** An allowlist entry, or null when it is not a plain https address (no credentials, query or fragment). */
export function parseAllowedLink(entry: unknown): AllowedLink | null {
  if (typeof entry !== 'string') return null;
  let url: URL;
  try {
    url = new URL(entry.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  if (url.search !== '' || url.hash !== '') return null;
  const pathPrefix = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { origin: url.origin, pathPrefix };
}

export function parseAllowlist(entries: readonly unknown[]): AllowedLink[] {
  return entries.map(parseAllowedLink).filter((link): link is AllowedLink => link !== null);
}

export interface ReadAllowlistResult {
  allowlist: AllowedLink[];
  /** What was wrong with the file, in Polish (for the log); undefined when it was fine or absent. */
  problem?: string;
}

/**
 * The allowlist of this computer: the file in the data folder, or the defaults when there is none. A file
 * that cannot be read or parsed allows nothing (a broken edit must not widen the list back to the defaults
 * silently); entries that are not https addresses are left out and reported.
 */
export function readExternalLinks(dataDir: string, readText: (file: string) => string = (file) => fs.readFileSync(file, 'utf8')): ReadAllowlistResult {
  const file = path.join(dataDir, EXTERNAL_LINKS_FILE);
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return { allowlist: parseAllowlist(DEFAULT_EXTERNAL_LINKS) };
    return { allowlist: [], problem: `Nie można odczytać pliku ${file}: żaden adres nie zostanie otwarty.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { allowlist: [], problem: `Plik ${file} nie jest poprawnym JSON: żaden adres nie zostanie otwarty.` };
  }
  const entries = (parsed as { allowed?: unknown } | null)?.allowed;
  if (!Array.isArray(entries)) {
    return { allowlist: [], problem: `W pliku ${file} brakuje listy "allowed": żaden adres nie zostanie otwarty.` };
  }
  const allowlist = parseAllowlist(entries);
  const rejected = entries.length - allowlist.length;
  return rejected > 0
    ? { allowlist, problem: `W pliku ${file} pominięto ${rejected} wpis(y) inne niż adres https.` }
    : { allowlist };
}

/** May this address be opened in the system browser? Only https, only an allowlisted origin and path. */
export function isAllowedExternalUrl(url: string, allowlist: readonly AllowedLink[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  const pathname = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return allowlist.some((link) => link.origin === parsed.origin && pathname.startsWith(link.pathPrefix));
}
