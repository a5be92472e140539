/** Help of `outlay allocate` (kept beside the command, registered in help.ts). */
export const ALLOCATE_HELP = `Usage: outlay allocate FILE --period YYYY-MM [options]

Allocate a month's shared and cloud costs by the workbook's ordered allocation rules
and store the run (one undoable command; the month's earlier run is superseded).
Inputs are the billing aggregates charged in the month and the month's posted actuals,
converted to the base currency at the month's FX rate (actual, else budget; a missing
rate is refused, naming the currency and month) and rounded so the parts add up to the
rounded total. Prints what each target holds, the unallocated buckets with their
reasons, and the conservation check (allocated + unallocated = input, to the cent).

Options:
  --period P          The month to allocate, YYYY-MM (required)
  --basis B           effective (EffectiveCost, accrual; default) or billed
                      (BilledCost, cash)
  --dry-run           Compute and print, store nothing
  --export-focus OUT  Also write the stored run as FOCUS rows (CSV) to OUT, with the
                      FOCUS 1.3 Allocated* and x_Allocation* columns
  --json              Print the summary as JSON
  -h, --help          Show this help

Exit codes:
  0    allocated (money conserved)
  1    bad input: invalid rules, a missing FX rate, an unreadable workbook
  2    usage error
  130  interrupted with Ctrl+C: nothing was written

Examples:
  outlay allocate plan.outlay --period 2026-10
  outlay allocate plan.outlay --period 2026-10 --basis billed --dry-run --json
  outlay allocate plan.outlay --period 2026-10 --export-focus allocated-2026-10.csv
`;
