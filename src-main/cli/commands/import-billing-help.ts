/** Help of `outlay import-billing` (kept beside the command, registered in help.ts). */
export const IMPORT_BILLING_HELP = `Usage: outlay import-billing FILE --from BILL [--format F] [--grain LIST] [--daily] [--json]

Import a cloud bill into the workbook FILE as one undoable command: a FOCUS 1.0–1.3
cost-and-usage file or a provider's native export (AWS CUR, Azure cost details, GCP
billing export, OCI cost report), as .csv, .csv.gz or .parquet. The file is streamed,
never held in memory, and summed exactly at the billing period, month, provider,
account, sub account, service, region, resource type, charge category and commitment
grain plus the workbook's selected tag keys. Data already imported for the same billing
period, provider and billing account is replaced, not doubled. The same file (same
SHA-256) imported again is reported and nothing is written, unless a later bill has
replaced part of it since.

Any bad row (unparseable number, bad date, a second currency without an exchange rate
for its month) or a bad file (missing required columns, truncated gzip, corrupt Parquet)
refuses the whole file with one line naming the file, row and column.

Prints the rows, billing periods, replaced imports and, per currency, BilledCost and
EffectiveCost (and ListCost/ContractedCost when present) as summed from the file and as
re-read from the workbook: they must be equal.

Options:
  --from BILL    The bill: .csv, .csv.gz or .parquet
  --format F     auto (default), focus, aws-cur, aws-cur2, azure, azure-amortized,
                 gcp, oci ("azure" is an actual-cost export, "azure-amortized" an
                 amortized one)
  --grain LIST   The dimensions kept besides billing period, provider and billing
                 account (always kept: they decide what a later bill replaces), as a
                 comma list of sub-account, service, region, resource-type,
                 charge-category, commitment (default: all of them)
  --daily        Keep the charge day instead of the month
  --json         Print the result as JSON
  -h, --help     Show this help

Exit codes:
  0    imported (or the same file was already imported)
  1    refused: bad file or row (nothing written), or a missing file
  2    wrong command line
  130  stopped with Ctrl+C (nothing written)

Examples:
  outlay import-billing plan.outlay --from focus-2026-10.csv.gz
  outlay import-billing plan.outlay --from cur.csv --format aws-cur --json
  outlay import-billing plan.outlay --from focus.parquet --grain service,region --daily
`;
