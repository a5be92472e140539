import { POST_ALL_HELP } from './commands/post-help';
import { TCO_HELP } from './commands/tco-help';
import { IMPORT_BILLING_HELP } from './commands/import-billing-help';
import { ALLOCATE_HELP } from './commands/allocate-help';
import { CHARGEBACK_HELP } from './commands/chargeback-help';

/** Help texts of the `outlay` command and each subcommand. */
export const COMMANDS = [
  'new',
  'info',
  'serve',
  'journal',
  'schedule',
  'summary',
  'forecast-series',
  'forecast',
  'tco',
  'drivers',
  'post',
  'export',
  'import-changes',
  'import',
  'import-billing',
  'allocate',
  'chargeback',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export const TOP_HELP = `Usage: outlay <command> [options]

Outlay keeps an IT budget in one workbook file (.outlay): budget lines, actuals,
scenarios, assets, contracts and a journal of every change.

Commands:
  new FILE       Create a workbook (empty, or with demo data)
  info FILE      Show settings, row counts and budget totals
  serve FILE     Open a workbook in the browser over a local bridge
  journal FILE   Show the latest journal entries
  schedule FILE  Show an asset's depreciation schedule (--asset CODE)
  summary FILE   Show a fiscal year's plan, actuals and FX variance (--fy YEAR)
  forecast FILE  Forecast a scenario's lines from the actuals (--scenario S)
  forecast-series  Forecast the series of a CSV file (--from, --horizon, --out)
  tco FILE       Compare the alternatives of a saved TCO model (--model NAME, --list)
  drivers FILE   Show drivers and the cost of driver-based lines (--scenario S)
  post FILE      Post a forecast or a TCO result into a scenario's budget lines
  export FILE    Export areas of a workbook to an Excel file with live formulas (--out)
  import-changes FILE  Preview (and --apply) the edits made in an exported Excel file
  import FILE    Import actuals, purchase orders or contractor labour from .csv/.xlsx
  import-billing FILE  Import a cloud bill (FOCUS, AWS CUR, Azure, GCP) into the workbook
  allocate FILE  Allocate a month's shared and cloud costs by the rules (--period)
  chargeback FILE  Issue a month's chargeback invoices to .xlsx and PDF (--period, --out)

Options:
  -h, --help     Show help (also: outlay <command> --help)
  -v, --version  Show the version

Exit codes: 0 success, 1 bad input (the message names the problem), 2 usage error.
`;

export const COMMAND_HELP: Record<CommandName, string> = {
  drivers: `Usage: outlay drivers FILE [options]

Show the workbook's drivers (headcount, users, devices, storage TB…) over one fiscal year
for a scenario: how each is forecast after its last actual month, how many months are
actual, planned (entered) or forecast, its first and last value (grown by the scenario's
growth assumptions, which are listed), and every driver-based budget line of the scenario
with its fixed, variable (unit rate × driver) and step (licence tier) totals for the year
and a total per currency. Amounts are exact decimals in the line's currency; driver values
have at most 4 decimals.

Options:
  --scenario S     The scenario, by name or id (default: the baseline)
  --fy Y           The fiscal year, e.g. 2027 (default: the current fiscal year)
  --json           Print the whole view as JSON: each driver's monthly actual, plan,
                   forecast and value, and each line's monthly fixed/variable/step parts
  -h, --help       Show this help

Example:
  outlay drivers plan.outlay --scenario "Cloud-first FY2027" --fy 2027
`,
  post: POST_ALL_HELP,
  export: `Usage: outlay export FILE --out OUT.xlsx [options]

Export the budget of a scenario and fiscal year to an Excel workbook laid out for finance:
a Budget sheet (the BudgetLines table with live row totals and conversions into the base
currency, subtotals by CapEx/OpEx and cost center and a grand total as SUMIFS formulas), a
Summary sheet (cost center × quarter, tower, chart data), the FX rates the conversions use,
and hidden metadata that lets outlay import-changes take the edited file back. Optional sheets:
Actuals (the year's posted actuals), Variance (budget against actuals per cost center and
month, live variance and %), Forecast (the next 12 months by cost center), Assets (register
and the year's depreciation) and TCO (every saved model's comparison). Every formula carries
its value, computed exactly. The file only appears when complete; Ctrl+C stops and leaves
nothing.

Options:
  -o, --out OUT.xlsx   The file to write (replaced only when the export is complete)
  --scenario S         Scenario name or id (default: the baseline)
  --fy YEAR            Fiscal year (default: the current one)
  --sheets LIST        Comma-separated: budget, summary, actuals, variance, forecast,
                       assets, tco (default: budget,summary; the budget is always written)
  --basis accrual|cash The view of the Variance sheet (default: accrual)
  --json               Print the result as JSON
  -h, --help           Show this help

Example:
  outlay export Budget.outlay --out FY2027.xlsx --fy 2027 --sheets budget,summary,variance
`,
  'import-changes': `Usage: outlay import-changes FILE --from EDITED.xlsx [--apply] [--take excel|outlay] [--json]

Read a budget exported by Outlay (File > Export to Excel, or outlay export) and edited in
Excel or LibreOffice, match its rows to the budget lines by their Line ID, and show what it
would change: changed cells (Outlay -> Excel, per line and month), new lines (rows without a
Line ID whose codes exist), deleted lines (rows removed), conflicts (a cell changed both in
Outlay and in Excel since the export) and what cannot be applied, with sheet, row and column.
Sheets may be renamed, columns re-ordered, tables sorted and rows inserted. Nothing is
written without --apply; --apply writes everything listed as one journaled command (Undo in
the app reverts it) that records the file's name and SHA-256.

Options:
  --from EDITED.xlsx     The edited export (required)
  --apply                Apply the changes, new and deleted lines
  --take excel|outlay    Which side wins each conflict; --apply refuses conflicts without it
  --json                 Print the preview (and what was applied) as JSON
  -h, --help             Show this help

Example:
  outlay import-changes plan.outlay --from budget-edited.xlsx
  outlay import-changes plan.outlay --from budget-edited.xlsx --apply --take excel
`,
  import: `Usage: outlay import FILE --from DATA.csv|.xlsx --kind KIND [options]

Import actuals from a GL export, purchase orders from procurement or contractor labour
from time tracking. Columns are mapped to fields by their header names (and by the saved
mapping of --source); every row is checked before anything is written: unknown codes
(after the source's code translations), dates and amounts that cannot be read, amounts
that are not hours × rate within a cent, duplicates (in the file and already imported)
and closed months. Without --apply it prints the problems (row, column) and the control
totals: the file's total, what would be imported, and the rows left out with their sum.
With --apply the valid rows are imported as one undoable command; rows imported before
are skipped, so a file imported twice adds nothing. Exit 1 when rows have problems.

Options:
  --from DATA        The .csv or .xlsx file to import
  --kind KIND        actuals, purchase-orders or labour
  --source NAME      A saved source: its mapping, options and code translations apply;
                     with --apply the mapping used is saved under NAME
  --sheet S          The sheet of an .xlsx file (default: the first)
  --header-row N     The row with the column headers (default: guessed)
  --map F=HEADER     Map field F to the column named HEADER (repeatable). Fields: date,
                     period, costCenter, service, account, vendor, amount, currency,
                     reference, description, poNumber, poLine, personId, personKind,
                     hours, rate
  --default F=VALUE  Value of field F where a row has none (repeatable)
  --delimiter C      CSV delimiter (default: detected; "tab" for a tab)
  --encoding E       utf-8, utf-16le, utf-16be or windows-1252 (default: detected)
  --decimal D        point or comma (default: point)
  --dates O          Order of text dates: ymd, dmy or mdy (default: ymd; ISO always works)
  --only-valid       With --apply: import the valid rows and leave out the others
  --apply            Import (default: only check and report)
  --json             Print mapping, preview (and result) as JSON

Ctrl+C stops the check or the import; nothing is written.

Example:
  outlay import plan.outlay --from gl-jan.csv --kind actuals --source "SAP GL" \\
    --decimal comma --dates dmy --map costCenter=Kostenstelle --apply --only-valid
`,
  new: `Usage: outlay new FILE [options]

Create a new workbook at FILE. An existing file is never overwritten. The file appears
only when it is complete: Ctrl+C leaves nothing behind.

Options:
  --demo                 Fill the workbook with a generated demo IT organisation
  --seed N               Demo seed; the same seed gives the same data (default 1)
  --lines N              Demo budget lines per scenario, both fiscal years (default 600)
  --as-of YYYY-MM-DD     Demo "today": budget for its fiscal year and the next,
                         36 months of actuals before it (default: today)
  --currency CODE        Base currency, ISO 4217 (default USD; EUR with --demo)
  --fy-start-month M     First month of the fiscal year, 1-12 (default 1; 4 = April)
  --name NAME            Workbook name
  --user NAME            Your name, written on every journal entry
  --json                 Print the result as JSON
  -h, --help             Show this help

Examples:
  outlay new plan.outlay --currency EUR --fy-start-month 4
  outlay new demo.outlay --demo --seed 7 --lines 5000
`,
  info: `Usage: outlay info FILE [options]

Show the schema version, settings, row counts per table and the exact budget total
per scenario and fiscal year.

Options:
  --json       Print as JSON (totals are exact decimal strings)
  -h, --help   Show this help
`,
  serve: `Usage: outlay serve FILE [options]

Serve the Outlay app for FILE to a browser on this machine (127.0.0.1 only, with a
random access token in the printed URL). Runs until Ctrl+C, then closes the workbook.

Options:
  --port P     Port to listen on (default: a free port)
  --json       Print the URL and port as one JSON line when ready
  -h, --help   Show this help
`,
  journal: `Usage: outlay journal FILE [options]

Show the latest journal entries, newest first: sequence, time, actor, command, label.

Options:
  --limit N    How many entries (1-1000, default 20)
  --json       Print as JSON
  -h, --help   Show this help
`,
  schedule: `Usage: outlay schedule FILE --asset CODE_OR_ID [options]

Show the depreciation schedule of one asset in the workbook's fiscal calendar: per
period the expense, accumulated depreciation, net book value and any write-off
(disposal or impairment), with a totals row. Amounts are exact decimals in the
asset's currency. An asset classified OpEx shows its whole cost in one period.

Options:
  --asset CODE_OR_ID   The asset, by code (ignoring case) or id
  --json               Print as JSON (amounts are exact decimal strings)
  -h, --help           Show this help

Example:
  outlay schedule plan.outlay --asset SRV-001
`,
  summary: `Usage: outlay summary FILE --fy YEAR [options]

Show one fiscal year of planned spend per fiscal period, in the base currency converted
at budget FX rates: a scenario's budget lines, contracts, stand-alone invoices and asset
depreciation, with totals, the CapEx/OpEx split and the total by source. Then plan
against the year's actuals, converted at actual FX rates, with the FX variance (actual-
rate minus budget-rate conversion) apart; months whose actuals have no actual rate are
named and converted at the budget rate. Budget and actuals month i of the year is shown
in period i (also with a retail 4-4-5 calendar). A foreign amount in a month without a
budget rate is refused, naming the pair and month.

Options:
  --fy YEAR        Fiscal year, named after the year it ends in (FY2027 = 2027)
  --view VIEW      accrual (expense when incurred, default) or cash (when paid);
                   budget lines and actuals are the same in both
  --by GROUPING    capex-opex (default), cost-center or tower
  --scenario S     Budget lines of scenario S, by name or id (default: the baseline)
  --json           Print as JSON (amounts are exact decimal strings), with sources,
                   split and actual (total, atBudgetRate, fxVariance, variance…)
  -h, --help       Show this help

Example:
  outlay summary plan.outlay --fy 2027 --view cash --by cost-center --scenario "Cost cut"
`,
  tco: TCO_HELP,
  'import-billing': IMPORT_BILLING_HELP,
  allocate: ALLOCATE_HELP,
  chargeback: CHARGEBACK_HELP,

  'forecast-series': `Usage: outlay forecast-series --from SERIES.csv --horizon H --out FORECAST.csv [options]

Forecast every series of a CSV file H periods ahead, with 80 % and 95 % prediction
intervals. SERIES.csv has a header naming series_id, period and value (other columns
are ignored), then one row per observation, each series' periods in order and without
gaps; values are decimals with '.'. FORECAST.csv gets the columns
series_id,step,forecast,lo80,hi80,lo95,hi95,method (method: the one used, e.g. naive
when seasonal naive had less than a season). It is replaced whole or not at all; Ctrl+C
writes nothing.

Options:
  --from FILE        The series, long format: series_id,period,value
  --horizon H        Periods to forecast, 1-600
  --out FILE         Where to write the forecasts
  --method M         auto (default), naive, seasonal-naive, moving-average,
                     linear-trend, ses, holt, holt-damped, holt-winters-additive,
                     holt-winters-multiplicative
  --frequency F      Periods per season, 1-366 (default 12: monthly data)
  -h, --help         Show this help

Example:
  outlay forecast-series --from costs.csv --horizon 12 --out forecast.csv --method seasonal-naive
`,
  forecast: `Usage: outlay forecast FILE [options]

Forecast the monthly spend of every budget line of a scenario (or of every cost center,
service, tower or account of its lines) from the workbook's actuals, converted to the
base currency at each month's actual FX rate (the budget rate where a month has none).
A line's history is the actuals on its cost center, service, account and vendor, from
its first month with actuals to the workbook's last. Each method is backtested over the
last 12 months (rolling origin); the table shows the method used, its MASE and sMAPE
and the forecast total per fiscal year (partial years show their months). Lines
without actuals are listed with a note. Amounts are exact decimals.

What is stored for each line or group on the Forecast screen applies: its method
(unless --method is given), accepted outlier cleanings, one-off months, a new baseline
start, level shifts, and overridden forecast months, which replace the computed mean
(listed under Notes; in --json, each row's "overridden" holds their indices in "months").

Options:
  --scenario S     The scenario, by name or id (default: the baseline)
  --horizon H      Months to forecast after the last actuals month, 1-36 (default 36)
  --method M       Default: each row's stored method (auto where none is stored).
                   auto (the best backtest MASE), ets (exponential smoothing
                   chosen by AICc), holt-winters (= holt-winters-additive), naive,
                   seasonal-naive, moving-average, linear-trend, ses, holt,
                   holt-damped, holt-winters-additive, holt-winters-multiplicative
  --by B           line (default), cost-center, service, tower or account
  --json           Print the whole result as JSON (amounts are exact decimal strings,
                   with the monthly forecast of every row, overrides applied)
  -h, --help       Show this help

Example:
  outlay forecast plan.outlay --scenario Baseline --horizon 24 --by tower
`,
};

/** One line pointing at the right help, printed after a usage error. */
export function usageHint(command: string | null): string {
  return command ? `Run "outlay ${command} --help" for usage.` : 'Run "outlay --help" for usage.';
}
