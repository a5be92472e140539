import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, OutlayApi, Progress, WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import type { FileDialogs, FileMenuCommand } from '../../src-shared/ipc/files';
import type { Result } from '../../src-shared/ipc/result';
import {
  IPC_CALL,
  IPC_CANCEL,
  IPC_EVENT,
  IPC_PICK_OPEN,
  IPC_PICK_SAVE,
  IPC_PROGRESS,
  type IpcCallTag,
} from './ipc-names';

/** The contract's channel names, inlined at build time (see electron.vite.config.ts). */
declare const __OUTLAY_CHANNELS__: readonly Channel[];
const channels: ReadonlySet<string> = new Set(__OUTLAY_CHANNELS__);

type ChangedListener = (e: WorkbookChangedEvent) => void;
const listeners = new Set<ChangedListener>();
const fileMenuListeners = new Set<(command: FileMenuCommand) => void>();
// Listed here rather than imported: a sandboxed preload bundles only 'electron' and types.
const FILE_MENU_COMMANDS: readonly string[] = ['export', 'import-changes', 'import-data'] satisfies FileMenuCommand[];
const isFileMenuCommand = (v: unknown): v is FileMenuCommand => typeof v === 'string' && FILE_MENU_COMMANDS.includes(v);
/** Progress listeners by the preload's own call number; page-chosen call ids map onto those numbers. */
const progressOf = new Map<number, (p: Progress) => void>();
const wireIdOf = new Map<string, number>();
let nextWireId = 1;

// One IPC subscription per event kind for the whole page; the raw event object never reaches page code.
ipcRenderer.on(IPC_EVENT, (_event, name: unknown, payload: unknown) => {
  if (name === 'workbook/changed') for (const l of listeners) l(payload as WorkbookChangedEvent);
  else if (name === 'file/menu' && isFileMenuCommand(payload)) for (const l of fileMenuListeners) l(payload);
});
ipcRenderer.on(IPC_PROGRESS, (_event, id: unknown, p: Progress) => {
  if (typeof id === 'number') progressOf.get(id)?.(p);
});

/** A path from main's dialog handler, or null (cancelled, refused, or not a string). */
const pathOrNull = (p: Promise<unknown>): Promise<string | null> =>
  p.then((v) => (typeof v === 'string' && v.length > 0 ? v : null));

const api: OutlayApi & FileDialogs = {
  call(channel, args, opts) {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      const unknown: Result<never> = {
        ok: false,
        error: { code: 'bad-request', message: `Unknown channel "${String(channel)}".` },
      };
      return Promise.resolve(unknown);
    }
    const onProgress = typeof opts?.onProgress === 'function' ? opts.onProgress : null;
    const callId = typeof opts?.callId === 'string' ? opts.callId : null;
    if (!onProgress && !callId) return ipcRenderer.invoke(IPC_CALL, channel, args) as ReturnType<OutlayApi['call']>;
    const tag: IpcCallTag = { id: nextWireId++, progress: onProgress !== null };
    if (onProgress) progressOf.set(tag.id, onProgress);
    if (callId) wireIdOf.set(callId, tag.id);
    const done = () => {
      progressOf.delete(tag.id);
      if (callId && wireIdOf.get(callId) === tag.id) wireIdOf.delete(callId);
    };
    const answer = ipcRenderer.invoke(IPC_CALL, channel, args, tag) as ReturnType<OutlayApi['call']>;
    return answer.finally(done);
  },
  cancel(callId) {
    const id = typeof callId === 'string' ? wireIdOf.get(callId) : undefined;
    if (id !== undefined) ipcRenderer.send(IPC_CANCEL, id);
  },
  on(event, listener) {
    if (event !== 'workbook/changed' || typeof listener !== 'function') {
      throw new Error(`Unknown event "${String(event)}".`);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  pickOpenFile(opts) {
    return pathOrNull(ipcRenderer.invoke(IPC_PICK_OPEN, { accept: String(opts?.accept ?? ''), title: opts?.title }));
  },
  pickSaveFile(opts) {
    return pathOrNull(
      ipcRenderer.invoke(IPC_PICK_SAVE, { defaultName: String(opts?.defaultName ?? ''), title: opts?.title }),
    );
  },
  onFileMenu(listener) {
    if (typeof listener !== 'function') throw new Error('onFileMenu needs a function.');
    fileMenuListeners.add(listener);
    return () => {
      fileMenuListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('outlay', api);
