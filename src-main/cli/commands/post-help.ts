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
