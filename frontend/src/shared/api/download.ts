import { ApiError } from './ApiError';
import type { Problem } from './types';

/** The file name of a Content-Disposition header (`attachment; filename="x.csv"`), if any. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Hands a fetched file to the browser as a download. The API needs the bearer token, so a
 * plain link cannot do: the file is fetched by the app and saved from memory.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // after the click has been handled: revoking at once can cancel the download in some browsers
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * A file answer of openapi-fetch (`parseAs: 'blob'`) as a {@link DownloadedFile}, or the
 * {@link ApiError} of a failed one: an error body is read as JSON whatever parseAs says.
 */
export function downloadedFile(
  result: { data?: unknown; error?: unknown; response: Response },
  fallbackName: string,
): DownloadedFile {
  if (!result.response.ok || !result.data) {
    const problem = typeof result.error === 'object' && result.error !== null ? (result.error as Problem) : undefined;
    throw new ApiError(result.response.status, problem);
  }
  return { blob: result.data as Blob, fileName: fileNameOf(result.response.headers.get('Content-Disposition'), fallbackName) };
}
