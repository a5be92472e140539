import { z } from 'zod';

/**
 * A file the user chose to read: a path on this machine (Electron's open dialog, the CLI, or
 * typed), or a file the browser uploaded to the bridge (see files-contract.ts).
 */
export type FileRef = { kind: 'path'; path: string } | { kind: 'upload'; uploadId: string; name: string };

export const zFileRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({ kind: z.literal('upload'), uploadId: z.string().min(1).max(64), name: z.string().min(1).max(255) }),
]);

/**
 * Where a file the app writes goes: a path on this machine (Electron's save dialog, the CLI,
 * or typed), or a download the renderer fetches from the bridge when the call is done.
 */
export type OutputRef = { kind: 'path'; path: string } | { kind: 'download'; name: string };

export const zOutputRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({ kind: z.literal('download'), name: z.string().min(1).max(255) }),
]);

/** A finished output: where it is, or the id the renderer downloads it by. */
export type OutputDone =
  { kind: 'path'; path: string; bytes: number } | { kind: 'download'; downloadId: string; name: string; bytes: number };

/** Largest file the bridge accepts as an upload (1 GiB); bigger files are refused with HTTP 413. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
/** Bridge endpoints (browser mode): `POST /upload?name=…` with the file as the body, `GET /download/<id>`. */
export const UPLOAD_PATH = '/upload';
export const DOWNLOAD_PATH_PREFIX = '/download/';
/** Upload and download ids: 32 lowercase hex characters (never a path). */
export const TRANSFER_ID_PATTERN = /^[0-9a-f]{32}$/;

/** The bridge's answer to an upload: the id to put in a FileRef, the stored name and size. */
export interface UploadReceipt {
  uploadId: string;
  name: string;
  bytes: number;
}

/** What the files service can tell about an input without parsing it. */
export interface InputDescription {
  name: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the content. */
  sha256: string;
}

/** Entries of the app's File menu that open a dialog in the page (Electron menu and header menu alike). */
export type FileMenuCommand = 'export' | 'import-changes' | 'import-data';
export const FILE_MENU_COMMANDS: readonly FileMenuCommand[] = ['export', 'import-changes', 'import-data'];

/**
 * Native file dialogs the Electron preload adds to `window.outlay` (absent in a browser).
 * Each resolves to the chosen path, or null when the user cancelled.
 */
export interface FileDialogs {
  /** `accept` as in `<input accept>` (".xlsx,.csv"). */
  pickOpenFile(opts: { accept: string; title?: string }): Promise<string | null>;
  pickSaveFile(opts: { defaultName: string; title?: string }): Promise<string | null>;
  /** The app menu asked for one of the File dialogs; returns the unsubscribe function. */
  onFileMenu(listener: (command: FileMenuCommand) => void): () => void;
}
