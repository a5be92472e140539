import { MAX_FORECAST_HORIZON } from '../../../src-shared/ipc/forecast-contract';

/** Help of `outlay post` (kept beside the command, registered in help.ts). */
export const POST_HELP = `Usage: outlay post FILE --tco MODEL --alternative ALT --scenario S
                       --cost-center CC --service SVC --account ACC [options]

Post results into a scenario's budget lines as one undoable command (the header's Undo,
or the journal, takes it back).

--tco posts one alternative of a saved TCO model: one budget line per cost category with
any cost ("TCO <model> · <alternative> · <category>"), in the model's currency, monthly
amounts exactly as the TCO engine posts them, so the lines add up to the alternative's
total of the view to the minor unit. Hardware (cash view) and depreciation and
write-offs (P&L view) are CapEx lines on the --capex-account; everything else is OpEx on
--account. Posting the same alternative into the same scenario again replaces the
amounts of the lines it made (and removes lines of categories without cost now) instead
of adding lines.

Options:
  --tco MODEL            The TCO model, by name (ignoring case) or id
  --alternative ALT      Its alternative, by id ("dc") or name
  --scenario S           The scenario, by name (ignoring case) or id
  --cost-center CC       Cost center of the lines, by code, name or id
  --service SVC          Service of the lines, by code, name or id
  --account ACC          Account of the OpEx lines, by code, name or id
  --capex-account ACC    Account of the CapEx lines (default: --account)
  --vendor V             Vendor of the lines (default: none)
  --view cash|pnl        Cash (hardware when bought) or P&L (depreciation); default cash
  --from YYYY-MM         First model month to post (default: the model's first month)
  --dry-run              Show what would be posted; write nothing
  --json                 Print the posting as JSON (every line's monthly amounts)
  -h, --help             Show this help

Example:
  outlay post plan.outlay --tco "ERP: on-premises vs SaaS" --alternative saas \\
    --scenario Baseline --cost-center CC-2000 --service SVC-APP-ERP --account 6500-010 --view pnl
`;

/** The options part of `outlay post --help` for posting a forecast (merged into COMMAND_HELP.post). */
export const POST_FORECAST_HELP = `Usage: outlay post FILE --forecast [options]

Forecast every budget line of a scenario from the workbook's actuals and replace the
line's budget amounts in the forecast months with the forecast, as one command that
\`outlay journal\` lists and Undo in the app takes back. Lines in another currency get
each month converted at that month's budget FX rate (a missing rate refuses the posting).
Lines without history are skipped and listed.

Options:
  --forecast             Post a forecast (required)
  --scenario S           Scenario to forecast, by name or id (default: the baseline)
  --target T             Scenario to post into (default: the same); lines are matched
                         on dimensions and description
  --horizon H            Forecast months, 1-${MAX_FORECAST_HORIZON} (default 12)
  --method M             auto, ets, naive, holt-winters, … (default: each line's
                         stored method, auto where none is stored)
  --months A,B,…         Post only these forecast months (YYYY-MM); default: every
                         forecast month in a fiscal year the workbook has
  --dry-run              Show what would change; write nothing
  --json                 Print the result as JSON
  -h, --help             Show this help

Ctrl+C stops the forecast; nothing is written.

Examples:
  outlay post plan.outlay --forecast --horizon 24 --method ets --dry-run
  outlay post plan.outlay --forecast --scenario Baseline --target "Plan B" --json
`;

/** The whole help of `outlay post`: TCO results, then forecasts. */
export const POST_ALL_HELP = `${POST_HELP}\n${POST_FORECAST_HELP}`;
