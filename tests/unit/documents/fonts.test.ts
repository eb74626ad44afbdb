import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontsFolderFor, loadPdfFonts } from '../../../electron/core/documents/fonts';
import { repositoryFonts } from './pdf-text';

describe('document fonts', () => {
  it('are read from resources/fonts when installed and from build/fonts in the repository', () => {
    expect(fontsFolderFor({ isPackaged: true, resourcesPath: '/opt/Ostoja/resources', appPath: '/opt/Ostoja/resources/app.asar' })).toBe(
      path.join('/opt/Ostoja/resources', 'fonts'),
    );
    expect(fontsFolderFor({ isPackaged: false, resourcesPath: '/x', appPath: '/work/ostoja' })).toBe(path.join('/work/ostoja', 'build', 'fonts'));
  });

  it('load the four faces of DejaVu Sans once', () => {
    const fonts = repositoryFonts();
    expect(Object.keys(fonts.faces).sort()).toEqual(['bold', 'bolditalics', 'italics', 'normal']);
    for (const face of Object.values(fonts.faces)) expect(face.length).toBeGreaterThan(100_000);
    expect(repositoryFonts().key).not.toBe(fonts.key);
  });

  it('name the missing file in Polish', () => {
    expect(() => loadPdfFonts('/nie/ma/takiego/folderu')).toThrow(/Nie można wczytać czcionki dokumentów .*DejaVuSans\.ttf/);
  });
});
