/** Command-line options of the desktop program. Pure: no Electron, no side effects. */

export class ArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgsError';
  }
}

/**
 * The value of `--data-dir DIR` or `--data-dir=DIR` anywhere in argv (the first one wins), or undefined.
 * The path is returned as given; the caller resolves it against the working directory.
 */
export function parseDataDir(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === '--data-dir') {
      value = argv[i + 1];
      if (value !== undefined && value.startsWith('--')) value = undefined;
    } else if (arg.startsWith('--data-dir=')) {
      value = arg.slice('--data-dir='.length);
    } else {
      continue;
    }
    if (value === undefined || value.trim() === '') {
      throw new ArgsError('Po opcji --data-dir trzeba podać folder danych, np. --data-dir "D:\\Ostoja\\dane".');
    }
    return value;
  }
  return undefined;
}
