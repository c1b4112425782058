/** Saves text as a file through a Blob URL and a temporary link (no downloads permission needed). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the Blob after this handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
