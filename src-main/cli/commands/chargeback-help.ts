/** Help of `outlay chargeback` (kept beside the command, registered in help.ts). */
export const CHARGEBACK_HELP = `Usage: outlay chargeback FILE

Issue a month's chargeback invoices to .xlsx and PDF (--period, --out).
`;
