import { DOWNLOAD_PATH_PREFIX, UPLOAD_PATH, type UploadReceipt } from '../../../src-shared/ipc/files';
import type { Result } from '../../../src-shared/ipc/result';

let token: string | null = null;

/** Keep the bridge token for the file endpoints (set once the page connects to the bridge). */
export function rememberBridgeAuth(bridgeToken: string): void {
  token = bridgeToken;
}

/** True when this page talks to the localhost bridge, so uploads and downloads go over HTTP. */
export function bridgeTransfersAvailable(): boolean {
  return token !== null;
}

function requireToken(): string {
  if (token === null) throw new Error('File transfers need the Outlay bridge; this page is not connected to it.');
  return token;
}

/** The message of a Result-shaped error body, else a generic one naming the status. */
function errorMessage(status: number, body: string): string {
  try {
    const r = JSON.parse(body) as Result<unknown>;
    if (!r.ok) return r.error.message;
  } catch {
    // Not JSON: fall through to the status.
  }
  return `The upload failed (HTTP ${status}).`;
}

/**
 * Upload one file to the bridge (`POST /upload`). The browser streams the File from disk;
 * `onProgress(sentBytes, totalBytes)` follows it. Aborting `signal` stops the upload
 * (rejects with an AbortError). Rejects with the bridge's message when it refuses the file.
 */
export function uploadToBridge(
  file: File,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<UploadReceipt> {
  const auth = requireToken();
  // fetch() cannot report upload progress; XMLHttpRequest can.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Authorization', `Bearer ${auth}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status !== 200) return reject(new Error(errorMessage(xhr.status, xhr.responseText)));
      const r = JSON.parse(xhr.responseText) as Result<UploadReceipt>;
      if (r.ok) resolve(r.value);
      else reject(new Error(r.error.message));
    };
    xhr.onerror = () => reject(new Error(`Could not upload ${file.name}: the connection to Outlay failed.`));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Fetch a finished output (`GET /download/<id>`); it can be fetched only once. */
export async function downloadFromBridge(downloadId: string): Promise<Blob> {
  const res = await fetch(`${DOWNLOAD_PATH_PREFIX}${encodeURIComponent(downloadId)}`, {
    headers: { Authorization: `Bearer ${requireToken()}` },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(errorMessage(res.status, await res.text()));
  return res.blob();
}
