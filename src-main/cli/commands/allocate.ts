import { resolve } from 'node:path';
import type { AllocationSummary } from '../../../src-shared/model/allocation';
import { formatMoney } from '../../../src-shared/money';
import { isMonthKey } from '../../../src-shared/calendar/fiscal';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import { interruptible } from '../interruptible';
import type { CliIo } from '../io';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';

const OPTIONS = {
  ...COMMON_OPTIONS,
  period: { type: 'string' },
  basis: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'export-focus': { type: 'string' },
} as const;

/** The summary as text: balances, unallocated buckets and the conservation line. */
export function formatAllocation(s: AllocationSummary, dryRun: boolean, minorUnits = 2): string {
  const money = (m: string) => formatMoney(m, minorUnits);
  const out = [
    `Allocation of ${s.period} (${s.basis === 'effective' ? 'EffectiveCost, accrual' : 'BilledCost, cash'}) in ${s.currency}` +
      `${dryRun ? ' — dry run, nothing stored' : ''}`,
    `${s.inputCount} input(s), ${s.postingCount} posting(s)\n`,
    textTable(
      ['Target', 'Name', 'Amount', 'Share %'],
      s.balances.map((b) => [b.target, b.name, money(b.amount), b.share]),
      ['left', 'left', 'right', 'right'],
    ),
  ];
  if (s.unallocated.length > 0) {
    out.push(
      'Unallocated:\n' +
        textTable(
          ['Reason', 'Rule', 'Detail', 'Amount'],
          s.unallocated.map((u) => [u.reason, u.rule ?? '', u.detail, money(u.amount)]),
          ['left', 'left', 'left', 'right'],
        ),
    );
  }
  out.push(
    `Input ${money(s.inputTotal)} = allocated ${money(s.allocatedTotal)} + unallocated ${money(s.unallocatedTotal)}: ` +
      `${s.conserved ? 'conserved' : 'NOT CONSERVED'}\n`,
  );
  return out.join('\n');
}

/**
 * `outlay allocate FILE --period YYYY-MM [--basis effective|billed] [--dry-run]
 * [--export-focus OUT.csv] [--json]`: run and store a month's allocation and print it.
 * Ctrl+C stops with exit 130, having written nothing.
 */
export async function runAllocate(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommand('allocate', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.allocate);
    return EXIT.ok;
  }
  const file = oneFile('allocate', positionals);
  const period = values.period?.trim() ?? '';
  if (!isMonthKey(period)) throw new UsageError('say which month to allocate: --period YYYY-MM', 'allocate');
  const basis = values.basis?.trim() ?? 'effective';
  if (basis !== 'effective' && basis !== 'billed') {
    throw new UsageError(`--basis expects effective or billed, got "${values.basis}"`, 'allocate');
  }
  const dryRun = values['dry-run'] === true;
  const focus = values['export-focus']?.trim();
  if (dryRun && focus) throw new UsageError('--export-focus writes a stored run; drop --dry-run', 'allocate');
  return interruptible(
    io,
    { signal, announce: () => `Allocating ${period} (Ctrl+C to stop)…`, count: (p) => p.label ?? '' },
    async (long) => {
      const { summary, exported, minorUnits } = await withWorkbook(file, async (s) => {
        const currencies = (await s.call('dimensions/get-all', {})).currencies;
        const unitsOf = (c: string) => currencies.find((x) => x.code === c)?.minorUnits ?? 2;
        if (dryRun) {
          const rules = (await s.call('allocation/list-rules', {})).map(({ position: _p, ...r }) => r);
          const preview = await s.call('allocation/preview', { period, basis, rules });
          return { summary: preview.current, exported: null, minorUnits: unitsOf(preview.current.currency) };
        }
        const summary = await s.call('allocation/run', { period, basis }, long.call);
        const exported = focus
          ? await s.call('allocation/export-focus', {
              runId: summary.runId!,
              output: { kind: 'path', path: resolve(focus) },
            })
          : null;
        return { summary, exported, minorUnits: unitsOf(summary.currency) };
      });
      long.clearLine();
      if (values.json)
        io.out(`${JSON.stringify(exported ? { ...summary, focusExport: exported } : summary, null, 2)}\n`);
      else {
        io.out(formatAllocation(summary, dryRun, minorUnits));
        if (exported) io.out(`Wrote ${exported.rows} FOCUS row(s) to ${focus}\n`);
      }
      return summary.conserved ? EXIT.ok : EXIT.badInput;
    },
  );
}
