import path from 'node:path';

/** The productName of package.json: Electron names the program's own folder after it. */
export const PRODUCT_NAME = 'Ostoja';

export interface Machine {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
}

/**
 * The data folder of the installed program, as Electron's app.getPath('userData') gives it for productName
 * Ostoja: %APPDATA%\Ostoja on Windows, ~/Library/Application Support/Ostoja on macOS, $XDG_CONFIG_HOME/Ostoja
 * (or ~/.config/Ostoja) elsewhere. The command line works on that folder unless --data-dir names another, so
 * that the IT volunteer restores the data the program really uses. Pure: the machine is a parameter.
 */
export function programDataDir(machine: Machine): string {
  if (machine.platform === 'win32') {
    const appData = machine.env.APPDATA || path.win32.join(machine.homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (machine.platform === 'darwin') return path.posix.join(machine.homedir, 'Library', 'Application Support', PRODUCT_NAME);
  // As Electron (Chromium's GetXDGDirectory): XDG_CONFIG_HOME when set, otherwise ~/.config.
  const config = machine.env.XDG_CONFIG_HOME || path.posix.join(machine.homedir, '.config');
  return path.posix.join(config, PRODUCT_NAME);
}
