// Types of scripts/after-pack.mjs for the tests (the hook itself is plain JavaScript: electron-builder loads it).
import type { FuseConfig, FuseV1Options } from '@electron/fuses';

export declare const OSTOJA_FUSES: Readonly<Record<keyof typeof FuseV1Options, boolean>>;

export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export interface FuseDeps {
  flipFuses: (binary: string, config: FuseConfig) => Promise<number>;
  getCurrentFuseWire: (binary: string) => Promise<Record<string | number, unknown>>;
}

export declare function fuseConfig(platformName: string, arch: number): FuseConfig & { resetAdHocDarwinSignature: boolean };
export declare function electronBinaryPath(context: AfterPackContextLike): string;
export declare function fusesNotSet(binary: string, readWire?: FuseDeps['getCurrentFuseWire']): Promise<string[]>;
export declare function afterPack(context: AfterPackContextLike, deps?: FuseDeps): Promise<void>;
export default afterPack;
