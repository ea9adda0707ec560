/**
 * Save generated content as a file: a Blob, an object URL and a temporary link. Nothing leaves
 * the machine; the browser writes the file to its downloads folder (or asks where).
 */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/** The same for binary content (PDF, PNG). */
export function downloadBytes(fileName: string, mimeType: string, bytes: Uint8Array | Blob): void {
  downloadBlob(
    fileName,
    bytes instanceof Blob
      ? bytes
      : new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }),
  );
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
