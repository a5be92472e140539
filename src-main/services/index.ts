export { createWorkbook, openWorkbook, backupPathFor, SCHEMA_VERSION, type CreateOptions } from './workbook-file';
export type { OpenOptions, WorkbookSession } from './session-api';
export { OUTLAY_APPLICATION_ID, WORKBOOK_EXTENSION } from '../db/constants';
export { createDispatcher, type Dispatch } from '../ipc/router';
