/** PRAGMA application_id of every Outlay workbook: the ASCII bytes "OUTL". */
export const OUTLAY_APPLICATION_ID = 0x4f55544c;

/** File extension of a workbook. */
export const WORKBOOK_EXTENSION = '.outlay';
