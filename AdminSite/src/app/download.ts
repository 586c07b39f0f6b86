import type { DownloadedFile } from '../api/http';

/** Hands a downloaded file to the browser under its own name, as a link with `download` would. */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download the browser has not started reading; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
