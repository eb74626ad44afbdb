/**
 * The few parts of pdfmake 0.3's Node entry that the documents use. pdfmake ships no types of its own; the
 * document definition stays loosely typed here because each builder in this folder shapes its own content.
 */
declare module 'pdfmake' {
  interface PdfmakeFontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  interface PdfmakeOutput {
    getBuffer(): Promise<Buffer>;
  }

  interface PdfmakeVirtualFs {
    existsSync(filename: string): boolean;
    writeFileSync(filename: string, content: Buffer): void;
  }

  interface Pdfmake {
    virtualfs: PdfmakeVirtualFs;
    setFonts(fonts: Record<string, PdfmakeFontFiles>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(definition: object, options?: object): PdfmakeOutput;
  }

  const pdfmake: Pdfmake;
  export default pdfmake;
}
