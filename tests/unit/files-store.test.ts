import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  acquireTransfers,
  expireTransfers,
  findUpload,
  newTransferId,
  registerDownload,
  registerUpload,
  takeDownload,
  transferDir,
  transferPath,
  TRANSFER_TTL_MS,
} from '../../src-main/io/files-store';
import { TRANSFER_ID_PATTERN } from '../../src-shared/ipc/files';

function stored(suffix: string, touched: number) {
  const id = newTransferId();
  const path = transferPath(id, suffix);
  writeFileSync(path, 'x');
  return { id, path, name: `file${suffix}`, bytes: 1, touched };
}

describe('transfer store', () => {
  it('gives ids that are 32 hex characters and never repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, newTransferId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(TRANSFER_ID_PATTERN);
  });

  it('expires uploads and downloads nobody used for longer than the time to live, deleting their files', () => {
    const release = acquireTransfers();
    const now = 10 * TRANSFER_TTL_MS;
    const oldUpload = stored('.upload', now - TRANSFER_TTL_MS - 1);
    const freshUpload = stored('.upload', now - 1000);
    const oldDownload = stored('.out', now - TRANSFER_TTL_MS - 1);
    registerUpload(oldUpload);
    registerUpload(freshUpload);
    registerDownload(oldDownload);
    expireTransfers(now);
    expect(findUpload(oldUpload.id)).toBeUndefined();
    expect(existsSync(oldUpload.path)).toBe(false);
    expect(takeDownload(oldDownload.id)).toBeUndefined();
    expect(existsSync(oldDownload.path)).toBe(false);
    expect(findUpload(freshUpload.id)?.path).toBe(freshUpload.path);
    release();
  });

  it('keeps an upload that is used again alive past its first time to live', () => {
    const release = acquireTransfers();
    const upload = stored('.upload', 0);
    registerUpload(upload);
    findUpload(upload.id, TRANSFER_TTL_MS);
    expireTransfers(TRANSFER_TTL_MS + 1000);
    expect(findUpload(upload.id)).toBeDefined();
    release();
  });

  it('hands out a download only once', () => {
    const release = acquireTransfers();
    const download = stored('.out', Date.now());
    registerDownload(download);
    expect(takeDownload(download.id)?.path).toBe(download.path);
    expect(takeDownload(download.id)).toBeUndefined();
    release();
  });

  it('removes the folder with everything in it when the last user releases it, not before', () => {
    const first = acquireTransfers();
    const second = acquireTransfers();
    const upload = stored('.upload', Date.now());
    registerUpload(upload);
    const folder = transferDir();
    first();
    first();
    expect(existsSync(folder)).toBe(true);
    second();
    expect(existsSync(folder)).toBe(false);
    expect(findUpload(upload.id)).toBeUndefined();
  });
});
