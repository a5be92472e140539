/** The only two IPC channels between main and the page; every contract call rides on IPC_CALL. */
export const IPC_CALL = 'outlay:call';
export const IPC_EVENT = 'outlay:event';
