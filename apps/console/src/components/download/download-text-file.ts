/** Saves text as a file through the browser's download, without a round trip: secrets and reports never touch a URL. */
export function downloadTextFile(fileName: string, text: string, mimeType = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
