/**
 * Whether a folder can be the second backup place (a USB stick, another disk, a network share).
 *
 * The trap this avoids: "E:\kopie" typed while the stick is not in, or "/media/pendrive/kopie" while it is not
 * mounted, must not quietly become a folder on the computer's own disk, where it protects against nothing.
 * So the program creates at most the last folder of the path, and only when everything above it is there:
 * - the root of the path must exist: the drive (E:\) or the network share (\\serwer\kopie);
 * - the folder's parent must exist (on Linux the mount point of the stick: an unmounted one usually is not
 *   there); "E:\Ostoja\kopie" on a stick holding only "E:\Ostoja" is fine, "E:\a\b\c" on an empty one is not;
 * - an existing folder must take a file (a read-only share is refused now, not at the first backup);
 * - it may not be inside the data folder: a copy beside the database is no second place.
 * Paths are read with the rules of the computer the program runs on (`platform`), so the Windows rules are
 * tested on Linux with a stand-in file system.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PlaceFs {
  /** 'dir', 'file', or null when nothing is there (or it cannot be reached). */
  kind(target: string): 'dir' | 'file' | null;
  mkdir(target: string): void;
  /** Writes and removes a small file in `dir`; throws when that is not possible. */
  probeWrite(dir: string): void;
}

export const realPlaceFs: PlaceFs = {
  kind(target) {
    try {
      return fs.statSync(target).isDirectory() ? 'dir' : 'file';
    } catch {
      return null;
    }
  },
  mkdir(target) {
    fs.mkdirSync(target); // never recursive: see above
  },
  probeWrite(dir) {
    const probe = path.join(dir, `.ostoja-proba-zapisu-${process.pid}`);
    fs.writeFileSync(probe, 'Ostoja');
    fs.rmSync(probe, { force: true });
  },
};

export class SecondPlaceError extends Error {}

export interface SecondPlaceOptions {
  platform?: NodeJS.Platform;
  /** The program's data folder: the second place must be outside it. */
  dataDir: string;
  fs?: PlaceFs;
}

/** Checks the folder (and makes its last level if needed); returns it normalised, or throws SecondPlaceError. */
export function prepareSecondPlace(folder: string, options: SecondPlaceOptions): string {
  const p = (options.platform ?? process.platform) === 'win32' ? path.win32 : path.posix;
  const placeFs = options.fs ?? realPlaceFs;
  // On Windows a drive or a share must be named: a path from the root alone (\\kopie) means the current drive, usually C:.
  const windowsRoot = /^([a-zA-Z]:[\\/]|[\\/]{2}[^\\/]+[\\/]+[^\\/]+)/;
  if (!p.isAbsolute(folder) || (p === path.win32 && !windowsRoot.test(folder))) {
    throw new SecondPlaceError('Podaj pełną ścieżkę folderu, np. E:\\Kopie Ostoja albo \\\\serwer\\kopie.');
  }
  const dir = p.resolve(folder);
  const root = p.parse(dir).root;
  if (placeFs.kind(root) !== 'dir') {
    if (root.startsWith('\\\\')) {
      throw new SecondPlaceError(
        `Folder sieciowy ${root.replace(/\\$/, '')} jest niedostępny. Sprawdź, czy komputer z tym folderem jest włączony, a sieć działa.`,
      );
    }
    throw new SecondPlaceError(`Nie ma dysku ${root.replace(/\\$/, '')}. Podłącz pendrive albo dysk i sprawdź jego literę w „Ten komputer”.`);
  }
  const data = p.resolve(options.dataDir);
  const inside = p.relative(data, dir);
  if (inside === '' || (!inside.startsWith('..') && !p.isAbsolute(inside))) {
    throw new SecondPlaceError('Drugie miejsce nie może być w folderze danych programu: wybierz pendrive, inny dysk albo folder sieciowy.');
  }
  const kind = placeFs.kind(dir);
  if (kind === 'file') throw new SecondPlaceError(`${dir} to plik, a nie folder.`);
  if (kind === null) {
    const parent = p.dirname(dir);
    if (placeFs.kind(parent) !== 'dir') {
      throw new SecondPlaceError(
        `Nie ma folderu ${parent}. Sprawdź, czy pendrive lub dysk sieciowy jest podłączony; program zakłada tylko ostatni folder ścieżki.`,
      );
    }
    try {
      placeFs.mkdir(dir);
    } catch {
      throw new SecondPlaceError(`Nie można założyć folderu ${dir}. Sprawdź, czy pendrive nie jest zabezpieczony przed zapisem.`);
    }
  }
  try {
    placeFs.probeWrite(dir);
  } catch {
    throw new SecondPlaceError(`Nie można zapisać w folderze ${dir}. Sprawdź uprawnienia albo czy pendrive nie jest zabezpieczony przed zapisem.`);
  }
  return dir;
}
