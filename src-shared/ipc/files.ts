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
