// Saves a blob as a file through a temporary link: kept apart from the picture export, so the console's
// table downloads do not pull the renderer (sigma needs WebGL) into what they load.
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
