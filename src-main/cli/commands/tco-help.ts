/** Help of `outlay tco` (kept beside the command, registered in help.ts). */
export const TCO_HELP = `Usage: outlay tco FILE --model NAME_OR_ID [options]
       outlay tco FILE --list [--json]

Compute a TCO model saved in the workbook: for each alternative, per model year the
cash cost (hardware when bought) and the P&L cost (hardware depreciated), both with
running totals, and the cash cost per unit of demand (per VM, TB or user); the totals,
net book value at the horizon and the NPV of the cash costs at the model's discount
rate. Then, for every pair, the month from which one stays cheaper than the other on
cumulative cash. Amounts are exact decimals in the model's currency; inputs in other
currencies are converted at the workbook's budget FX rate of their month (a missing
rate is refused, naming the pair and month).

Options:
  --model M    The model, by name (ignoring case) or id
  --list       List the saved models instead: name, alternatives, last change
  --json       Print as JSON: the engine's full result (every month by category),
               or the list
  -h, --help   Show this help

Example:
  outlay tco plan.outlay --model "ERP: on-premises vs SaaS"
`;
