/** Help of `outlay import-billing` (kept beside the command, registered in help.ts). */
export const IMPORT_BILLING_HELP = `Usage: outlay import-billing FILE

Import a cloud bill (FOCUS, AWS CUR, Azure, GCP) into the workbook.
`;
