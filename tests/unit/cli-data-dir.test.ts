import { describe, expect, it } from 'vitest';
import { programDataDir } from '../../electron/cli/data-dir';

/** The command line's default folder is the one Electron's app.getPath('userData') gives for productName Ostoja. */
describe('the installed program\'s data folder', () => {
  it('Windows: %APPDATA%\\Ostoja (the roaming profile), also when APPDATA is not set', () => {
    expect(programDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\gops\\AppData\\Roaming' }, homedir: 'C:\\Users\\gops' })).toBe(
      'C:\\Users\\gops\\AppData\\Roaming\\Ostoja',
    );
    expect(programDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\gops' })).toBe('C:\\Users\\gops\\AppData\\Roaming\\Ostoja');
  });

  it('Linux: $XDG_CONFIG_HOME/Ostoja, or ~/.config/Ostoja; macOS: Application Support', () => {
    expect(programDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/srv/konfig' }, homedir: '/home/gops' })).toBe('/srv/konfig/Ostoja');
    expect(programDataDir({ platform: 'linux', env: {}, homedir: '/home/gops' })).toBe('/home/gops/.config/Ostoja');
    expect(programDataDir({ platform: 'darwin', env: {}, homedir: '/Users/gops' })).toBe('/Users/gops/Library/Application Support/Ostoja');
  });
});
