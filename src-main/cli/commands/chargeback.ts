import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMonthKey } from '../../../src-shared/calendar/fiscal';
import type { ChargebackIssueResult, ChargebackMonth } from '../../../src-shared/model/chargeback-invoices';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { interruptible } from '../interruptible';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';
import { CHARGEBACK_HELP } from './chargeback-help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  period: { type: 'string' },
  out: { type: 'string', short: 'o' },
  reissue: { type: 'boolean' },
} as const;

interface Written {
  unit: string;
  name: string;
  mode: string;
  revision: number;
  total: string;
  files: string[];
}

/**
 * `outlay chargeback FILE --period 2026-10 --out DIR [--reissue] [--json]`: issue the month's
 * invoices (or reuse those already issued) and write `DIR/<period>-<unit>-r<rev>.xlsx` and
 * `.pdf` per business unit, then a summary. Ctrl+C cancels before the invoices are stored.
 */
export async function runChargeback(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('chargeback', argv, OPTIONS);
  if (values.help) {
    io.out(CHARGEBACK_HELP);
    return EXIT.ok;
  }
  const file = oneFile('chargeback', positionals);
  const period = values.period?.trim() ?? '';
  if (!isMonthKey(period)) throw new UsageError('--period expects a month such as 2026-10', 'chargeback');
  if (!values.out?.trim()) throw new UsageError('missing --out DIR', 'chargeback');
  const dir = resolve(values.out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${dir} is not a folder`);
  return interruptible(
    io,
    {
      announce: () => `Issuing the invoices of ${period} (Ctrl+C to stop)…`,
      count: (p) => `${p.label ?? 'Working'}: ${p.done} of ${p.total}`,
      cancelled: 'no invoice was issued',
    },
    async (long) => {
      const { issue, month, written } = await withWorkbook(file, async (s) => {
        const issue = await s.call('chargeback/issue', { month: period, reissue: values.reissue ?? false }, long.call);
        const month = await s.call('chargeback/get-month', { month: period });
        mkdirSync(dir, { recursive: true });
        const written: Written[] = [];
        for (const u of month.units) {
          if (!u.invoice) continue;
          const base = join(dir, `${period}-${u.code.replace(/[^A-Za-z0-9_.-]+/g, '_')}-r${u.invoice.revision}`);
          const files = [`${base}.xlsx`, `${base}.pdf`];
          for (const [i, format] of (['xlsx', 'pdf'] as const).entries()) {
            await s.call('chargeback/export-invoice', {
              invoiceId: u.invoice.id,
              format,
              output: { kind: 'path', path: files[i]! },
            });
          }
          written.push({
            unit: u.code,
            name: u.name,
            mode: u.mode,
            revision: u.invoice.revision,
            total: u.invoice.total,
            files,
          });
        }
        return { issue, month, written };
      });
      long.clearLine();
      io.out(
        values.json
          ? `${JSON.stringify({ period, ...issue, invoices: written }, null, 2)}\n`
          : summary(issue, month, written),
      );
      return EXIT.ok;
    },
  );
}

function summary(issue: ChargebackIssueResult, month: ChargebackMonth, written: Written[]): string {
  const m = (x: string) => exactFixed(x, month.minorUnits);
  const table = textTable(
    ['Unit', 'Name', 'Mode', 'Rev', `Total ${month.currency}`],
    written.map((w) => [w.unit, w.name, w.mode, String(w.revision), m(w.total)]),
    ['left', 'left', 'left', 'right', 'right'],
  );
  const r = issue.reconciliation;
  const lines = [
    `Chargeback ${month.month}: ${issue.issued.length} invoice(s) issued, ${issue.reused.length} reused.`,
    table.trimEnd(),
    `Shared costs invoiced ${m(r.sharedInvoiced)} = allocated to business units ${m(r.allocatedToUnits)}; services ${m(r.serviceInvoiced)} (quantity × rate ${m(r.serviceExpected)}): ${r.balanced ? 'reconciled' : 'NOT reconciled'}.`,
    ...r.unmatchedTargets.map(
      (t) => `Not invoiced: ${m(t.amount)} allocated to ${t.target}, which names no business unit.`,
    ),
    `Wrote ${written.length * 2} file(s) to ${written[0] ? written[0].files[0]!.replace(/[^/\\]+$/, '') : ''}`,
  ];
  return `${lines.join('\n')}\n`;
}
