/** Saves text as a file through the browser's download (no permission needed: a link the page clicks). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or the download can be cancelled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
