import { PDFDocument } from 'pdf-lib';

/**
 * Many printed documents as one PDF ("select many decisions and get one PDF"), in the given order. Each input is
 * copied page by page; onProgress(done, total) after each, so a batch of 500 can move a progress bar, and the
 * event loop gets a turn between documents so the core keeps answering during a long batch.
 */
export async function mergePdfs(buffers: Uint8Array[], onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const [index, bytes] of buffers.entries()) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
    onProgress?.(index + 1, buffers.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return Buffer.from(await merged.save());
}
