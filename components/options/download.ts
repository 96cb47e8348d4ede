/** Saves `text` as a JSON file the officer downloads. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or the download can be cancelled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
