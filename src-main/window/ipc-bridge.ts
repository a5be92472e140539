import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Progress, WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import { fail, type Result } from '../../src-shared/ipc/result';
import { InFlightCalls } from '../ipc/in-flight';
import type { WorkbookSession } from '../services/session-api';
import { IPC_CALL, IPC_CANCEL, IPC_EVENT, IPC_PROGRESS } from '../preload/ipc-names';
import { registerFileDialogs } from './file-dialogs';
import { isAppDocument, type MainWindowPaths } from './main-window';

export interface IpcBridgeDeps {
  window: () => BrowserWindow | null;
  session: () => WorkbookSession | null;
  paths: MainWindowPaths;
}

/**
 * Only our window's top frame, showing our own document, may call services. Anything
 * else (a subframe, a navigated page, another web contents) is refused before dispatch.
 */
function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent, deps: IpcBridgeDeps): boolean {
  const win = deps.window();
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  return event.sender.id === win.webContents.id && frame.parent === null && isAppDocument(frame.url, deps.paths);
}

/** The preload's tag of a call that may report progress or be cancelled, if it is well formed. */
function callTag(tag: unknown): { id: number; progress: boolean } | null {
  if (typeof tag !== 'object' || tag === null) return null;
  const { id, progress } = tag as Record<string, unknown>;
  return typeof id === 'number' && Number.isSafeInteger(id) ? { id, progress: progress === true } : null;
}

/**
 * Registers the invoke channel that carries every contract call, the cancel message
 * for calls the preload tagged, and the native file dialogs the page may ask for. Validation of channel and arguments happens in
 * `session.dispatch`; this layer only decides who may ask, and routes progress back to
 * the frame that asked.
 */
export function registerIpc(deps: IpcBridgeDeps): () => void {
  const inFlight = new InFlightCalls<WebContents>();
  const watched = new WeakSet<WebContents>();
  // A page that reloads or goes away stops its calls: its new document numbers calls from 1 again.
  const watch = (sender: WebContents) => {
    if (watched.has(sender)) return;
    watched.add(sender);
    sender.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) inFlight.cancelOwner(sender);
    });
    sender.once('destroyed', () => inFlight.cancelOwner(sender));
  };
  ipcMain.handle(
    IPC_CALL,
    async (event, channel: unknown, args: unknown, rawTag: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, deps)) {
        return fail({ code: 'unauthorized', message: 'This frame may not call Outlay services.' });
      }
      const session = deps.session();
      if (!session) return fail({ code: 'no-workbook', message: 'No workbook is open.' });
      if (typeof channel !== 'string') return fail({ code: 'bad-request', message: 'The channel must be a string.' });
      const tag = callTag(rawTag);
      if (!tag) return session.dispatch(channel, args);
      const sender = event.sender;
      watch(sender);
      const call = inFlight.start(sender, tag.id);
      const onProgress = tag.progress
        ? (p: Progress) => {
            if (!sender.isDestroyed()) sender.send(IPC_PROGRESS, tag.id, p);
          }
        : undefined;
      try {
        return await session.dispatch(channel, args, { signal: call.signal, onProgress });
      } finally {
        call.done();
      }
    },
  );
  const onCancel = (event: IpcMainEvent, id: unknown) => {
    if (typeof id !== 'number' || !isTrustedSender(event, deps)) return;
    inFlight.cancel(event.sender, id);
  };
  ipcMain.on(IPC_CANCEL, onCancel);
  const stopDialogs = registerFileDialogs(deps.window, (event) => isTrustedSender(event, deps));
  return () => {
    stopDialogs();
    ipcMain.removeHandler(IPC_CALL);
    ipcMain.off(IPC_CANCEL, onCancel);
    inFlight.cancelAll();
  };
}

/** Forwards one session's change events to the window; returns the unsubscribe function. */
export function forwardChanges(session: WorkbookSession, window: () => BrowserWindow | null): () => void {
  return session.onChanged((e: WorkbookChangedEvent) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, 'workbook/changed', e);
  });
}
