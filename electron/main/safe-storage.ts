import type { SafeStorage } from 'electron';
import type { OsProtector } from '../core/secret-keys';

/**
 * Electron's safeStorage as the OsProtector of electron/core/secret-keys.ts (DPAPI on Windows, the Keychain
 * on macOS, the desktop's secret service on Linux). Linux's 'basic_text' backend is a fixed key in the
 * program, no protection at all: it counts as unavailable, so no data key is ever kept under it.
 * safeStorage comes in as a parameter, so tests run this without Electron.
 */
export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export function safeStorageProtector(safeStorage: SafeStorageLike, platform: string = process.platform): OsProtector {
  return {
    name: 'safeStorage',
    async isAvailable() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      return platform !== 'linux' || !['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend());
    },
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    async decrypt(data) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(data);
      return { text: result, shouldReEncrypt };
    },
  };
}
