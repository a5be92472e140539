import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, OutlayApi, WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import type { Result } from '../../src-shared/ipc/result';
import { IPC_CALL, IPC_EVENT } from './ipc-names';

/** The contract's channel names, inlined at build time (see electron.vite.config.ts). */
declare const __OUTLAY_CHANNELS__: readonly Channel[];
const channels: ReadonlySet<string> = new Set(__OUTLAY_CHANNELS__);

type ChangedListener = (e: WorkbookChangedEvent) => void;
const listeners = new Set<ChangedListener>();

// One IPC subscription for the whole page; the raw event object never reaches page code.
ipcRenderer.on(IPC_EVENT, (_event, name: unknown, payload: WorkbookChangedEvent) => {
  if (name !== 'workbook/changed') return;
  for (const l of listeners) l(payload);
});

const api: OutlayApi = {
  call(channel, args) {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      const unknown: Result<never> = {
        ok: false,
        error: { code: 'bad-request', message: `Unknown channel "${String(channel)}".` },
      };
      return Promise.resolve(unknown);
    }
    return ipcRenderer.invoke(IPC_CALL, channel, args) as ReturnType<OutlayApi['call']>;
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
};

contextBridge.exposeInMainWorld('outlay', api);
