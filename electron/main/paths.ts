import path from 'node:path';

/** Where the shell finds its files, packaged or in development. Pure: every input is a parameter. */
export interface RuntimeFacts {
  isPackaged: boolean;
  /** process.resourcesPath (the installed program's resources folder). */
  resourcesPath: string;
  /** app.getAppPath(): the repository root in development, app.asar when packaged. */
  appPath: string;
  platform: string;
  arch: string;
  electronVersion: string;
}

export interface RuntimePaths {
  migrationsFolder: string;
  /** better_sqlite3.node of better-sqlite3-multiple-ciphers built for Electron's ABI (scripts/prepare-electron-native.mjs). */
  nativeBinding: string;
  /** The renderer built by Vite: the folder the app:// protocol serves, and its index.html. */
  rendererRoot: string;
  rendererIndex: string;
}

/**
 * "-sqlite3mc": the build of better-sqlite3-multiple-ciphers (encrypting). A folder left by the plain
 * better-sqlite3 of earlier versions has another name, so it is never loaded: it would ignore the key.
 */
export function nativeFolderName(platform: string, arch: string, electronVersion: string): string {
  return `${platform}-${arch}-electron-${electronVersion}-sqlite3mc`;
}

export function runtimePaths(facts: RuntimeFacts): RuntimePaths {
  const rendererRoot = path.join(facts.appPath, 'dist', 'renderer');
  const rendererIndex = path.join(rendererRoot, 'index.html');
  if (facts.isPackaged) {
    return {
      migrationsFolder: path.join(facts.resourcesPath, 'migrations'),
      nativeBinding: path.join(facts.resourcesPath, 'native', 'better_sqlite3.node'),
      rendererRoot,
      rendererIndex,
    };
  }
  return {
    migrationsFolder: path.join(facts.appPath, 'db', 'migrations'),
    nativeBinding: path.join(
      facts.appPath,
      'build',
      'native',
      nativeFolderName(facts.platform, facts.arch, facts.electronVersion),
      'better_sqlite3.node',
    ),
    rendererRoot,
    rendererIndex,
  };
}
