import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The four DejaVu Sans faces every document is set in; they carry every Polish letter. */
const faceFiles = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

export type FontFace = keyof typeof faceFiles;

/**
 * The fonts read once from disk (a few hundred kB each) and handed to every render; reading them per document
 * would cost a disk read and a copy for each of 500 decisions in a batch.
 */
export interface PdfFonts {
  /** Distinguishes two sets loaded from different folders inside pdfmake's shared virtual file system. */
  readonly key: string;
  readonly faces: Readonly<Record<FontFace, Buffer>>;
}

let loadedSets = 0;

/** Reads DejaVu Sans from a folder (build/fonts in the repository, resources/fonts when installed). */
export function loadPdfFonts(folder: string): PdfFonts {
  const faces = {} as Record<FontFace, Buffer>;
  for (const face of Object.keys(faceFiles) as FontFace[]) {
    const file = path.join(folder, faceFiles[face]);
    try {
      faces[face] = readFileSync(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Nie można wczytać czcionki dokumentów ${file}: ${reason}`);
    }
  }
  loadedSets += 1;
  return { key: `ostoja-fonts-${loadedSets}`, faces };
}

/**
 * Where the fonts are: the installer copies build/fonts to resources/fonts (electron-builder.yml, extraResources);
 * in development and in browser mode they are read from the repository. Pure, so the shell passes its facts in
 * and the core never asks Electron.
 */
export function fontsFolderFor(facts: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return facts.isPackaged ? path.join(facts.resourcesPath, 'fonts') : path.join(facts.appPath, 'build', 'fonts');
}
