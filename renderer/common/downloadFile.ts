/** A file as the core sends it: its name, its type and the bytes in base64. */
export interface FilePayload {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The bytes of a file the core sent, as a Blob the page can show or save. */
export function fileToBlob(file: FilePayload): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: file.mimeType });
}

/** Saves a file the core made (a decision, a letter, the register) as a download under its own name. */
export function downloadFile(file: FilePayload): void {
  const url = URL.createObjectURL(fileToBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
