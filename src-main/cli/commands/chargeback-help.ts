/** Help of `outlay chargeback` (kept beside the command, registered in help.ts). */
export const CHARGEBACK_HELP = `Usage: outlay chargeback FILE --period YYYY-MM --out DIR [options]

Issue the chargeback (or showback) invoices of a month, one per business unit
(department), and write each as .xlsx and PDF: DIR/<period>-<unit code>-r<revision>.xlsx
and .pdf. Service lines are the unit's usage × the fiscal year's highest published rate;
shared lines are what the month's current allocation run posted to the unit and its
cost centers, by source and driver. Invoices already issued for the month are reused
unless --reissue is given. A summary table and the reconciliation (shared lines =
allocated to business units; service lines = quantity × rate) go to stdout.

Options:
  --period M   The month, e.g. 2026-10 (required)
  --out DIR    Folder for the invoice files (created if missing; required)
  --reissue    Issue a new revision for every unit whose invoice would now differ
  --json       Print the result as JSON (issued, reused, reconciliation, files)
  -h, --help   Show this help

Examples:
  outlay chargeback plan.outlay --period 2026-10 --out invoices/
  outlay chargeback plan.outlay --period 2026-10 --out invoices/ --reissue --json

Exit codes:
  0    invoices issued (or reused) and written
  1    bad input: no current allocation run or no published rate card for the
       month, an unreadable workbook, a folder that cannot be written
  2    usage error (missing --period or --out, a malformed month)
  130  cancelled with Ctrl+C: no invoice was issued
`;
