/** The IPC channels between main and the page; every contract call rides on IPC_CALL. */
export const IPC_CALL = 'outlay:call';
export const IPC_EVENT = 'outlay:event';
/** Main → page: `(wireId, progress)` for a call that asked for progress. */
export const IPC_PROGRESS = 'outlay:progress';
/** Page → main: `(wireId)` stops that call; unknown or finished ids are ignored. */
export const IPC_CANCEL = 'outlay:cancel';

/** The fourth argument of an IPC_CALL invoke: the preload's own number for the call. */
export interface IpcCallTag {
  id: number;
  progress: boolean;
}
/** Page → main (invoke): `({ accept, title })` → chosen path or null; native open dialog. */
export const IPC_PICK_OPEN = 'outlay:pick-open-file';
/** Page → main (invoke): `({ defaultName, title })` → chosen path or null; native save dialog. */
export const IPC_PICK_SAVE = 'outlay:pick-save-file';
