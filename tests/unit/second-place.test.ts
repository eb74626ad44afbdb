import { describe, expect, it } from 'vitest';
import { prepareSecondPlace, SecondPlaceError, type PlaceFs } from '../../electron/core/backup/second-place';

/** A Windows computer as the second place sees it: which folders exist; what was made is recorded. */
function windowsPc(existing: string[], options: { readOnly?: string[] } = {}) {
  const dirs = new Set(existing.map((dir) => dir.toLowerCase()));
  const made: string[] = [];
  const fs: PlaceFs = {
    kind: (target) => (dirs.has(target.toLowerCase()) ? 'dir' : null),
    mkdir: (target) => {
      made.push(target);
      dirs.add(target.toLowerCase());
    },
    probeWrite: (dir) => {
      if (options.readOnly?.includes(dir)) throw new Error('EACCES');
    },
  };
  const prepare = (folder: string) => prepareSecondPlace(folder, { platform: 'win32', dataDir: 'C:\\Users\\gops\\AppData\\Roaming\\Ostoja', fs });
  const refusal = (folder: string) => {
    try {
      prepare(folder);
    } catch (error) {
      if (error instanceof SecondPlaceError) return error.message;
      throw error;
    }
    throw new Error(`${folder} was accepted`);
  };
  return { prepare, refusal, made };
}

describe('the second backup place on Windows', () => {
  it('E:\\kopie while there is no drive E: is refused, and nothing is made', () => {
    const pc = windowsPc(['C:\\', 'C:\\Users']);
    expect(pc.refusal('E:\\kopie')).toBe('Nie ma dysku E:. Podłącz pendrive albo dysk i sprawdź jego literę w „Ten komputer”.');
    expect(pc.made).toEqual([]);
  });

  it('a network share that cannot be reached is refused; a reachable one takes the last folder', () => {
    const pc = windowsPc(['C:\\', '\\\\serwer\\kopie\\']);
    expect(pc.refusal('\\\\nas\\kopie\\Ostoja')).toBe(
      'Folder sieciowy \\\\nas\\kopie jest niedostępny. Sprawdź, czy komputer z tym folderem jest włączony, a sieć działa.',
    );
    expect(pc.prepare('\\\\serwer\\kopie\\Ostoja')).toBe('\\\\serwer\\kopie\\Ostoja');
    expect(pc.made).toEqual(['\\\\serwer\\kopie\\Ostoja']);
  });

  it('the stick is in: the last folder is made on it, never a chain of folders; forward slashes are fine', () => {
    const pc = windowsPc(['C:\\', 'E:\\']);
    expect(pc.prepare('E:/Kopie Ostoja')).toBe('E:\\Kopie Ostoja');
    expect(pc.refusal('E:\\a\\b\\kopie')).toContain('Nie ma folderu E:\\a\\b.');
    expect(pc.made).toEqual(['E:\\Kopie Ostoja']);
  });

  it('a path without its drive, a relative one, the data folder, or a folder that takes no file are refused', () => {
    const pc = windowsPc(['C:\\', 'E:\\', 'E:\\tylko-odczyt', 'C:\\Users\\gops\\AppData\\Roaming\\Ostoja'], { readOnly: ['E:\\tylko-odczyt'] });
    expect(pc.refusal('\\kopie')).toContain('Podaj pełną ścieżkę folderu');
    expect(pc.refusal('kopie')).toContain('Podaj pełną ścieżkę folderu');
    expect(pc.refusal('C:\\Users\\gops\\AppData\\Roaming\\Ostoja\\kopie2')).toContain('nie może być w folderze danych programu');
    expect(pc.refusal('E:\\tylko-odczyt')).toContain('Nie można zapisać w folderze E:\\tylko-odczyt');
  });
});
