import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DOWNLOAD_PATH_PREFIX, TRANSFER_ID_PATTERN, type UploadReceipt } from '../../src-shared/ipc/files';
import { ok, fail } from '../../src-shared/ipc/result';
import { expireTransfers, newTransferId, registerUpload, takeDownload, transferPath } from '../io/files-store';

type SendJson = (res: ServerResponse, status: number, body: unknown) => void;

class TooLarge extends Error {}

/** A name from the query string, reduced to a file name (no folders, no control characters). */
function uploadName(raw: string | null): string | null {
  const name = (raw ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .split(/[/\\]/)
    .pop()
    ?.trim();
  return name && name !== '.' && name !== '..' ? name.slice(0, 255) : null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * `POST /upload?name=<file name>`: the body is the file, streamed to the transfer folder
 * (never held in memory) and counted against `maxBytes`. Answers `Result<UploadReceipt>`.
 * The caller has already checked Host, Origin and token.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  maxBytes: number,
  sendJson: SendJson,
): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail({ code: 'bad-request', message: 'Use POST.' }));
  const name = uploadName(url.searchParams.get('name'));
  if (!name) {
    return sendJson(res, 400, fail({ code: 'bad-request', message: 'An upload needs ?name=<file name>.' }));
  }
  const tooLarge = () => {
    // The rest of the body is not read: close the connection after answering.
    res.setHeader('Connection', 'close');
    sendJson(
      res,
      413,
      fail({
        code: 'bad-request',
        message: `${name} is larger than ${megabytes(maxBytes)}, the most Outlay accepts in one file.`,
        details: { field: 'file', maxBytes },
      }),
    );
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();

  expireTransfers();
  const id = newTransferId();
  const path = transferPath(id, '.upload');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, next) {
      bytes += chunk.length;
      next(bytes > maxBytes ? new TooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(req, counter, createWriteStream(path, { flags: 'wx' }));
  } catch (e) {
    rmSync(path, { force: true });
    if (e instanceof TooLarge) return tooLarge();
    // The browser went away mid-upload: nobody is left to answer.
    if (req.destroyed || req.aborted) return;
    throw e;
  }
  registerUpload({ id, path, name, bytes, touched: Date.now() });
  return sendJson(res, 200, ok<UploadReceipt>({ uploadId: id, name, bytes }));
}

/** `filename` for plain ASCII readers and `filename*` (RFC 6266/5987) for the real name. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\u0020-\u007e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * `GET /download/<id>`: sends a finished output once, as an attachment under its name,
 * then deletes it. An unknown, already-fetched or malformed id gets 404.
 */
export function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  headers: Record<string, string>,
  sendJson: SendJson,
): void {
  if (req.method !== 'GET') return sendJson(res, 405, fail({ code: 'bad-request', message: 'Use GET.' }));
  const id = path.slice(DOWNLOAD_PATH_PREFIX.length);
  const file = TRANSFER_ID_PATTERN.test(id) ? takeDownload(id) : undefined;
  if (!file) {
    return sendJson(
      res,
      404,
      fail({ code: 'not-found', message: 'This download is no longer available; export the file again.' }),
    );
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(file.bytes),
    'Content-Disposition': contentDisposition(file.name),
    'Cache-Control': 'no-store',
  });
  const remove = () => rmSync(file.path, { force: true });
  void pipeline(createReadStream(file.path), res).then(remove, remove);
}
