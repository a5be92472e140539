import { resolve } from 'node:path';
import {
  BILLING_IMPORT_FORMATS,
  billingGrainOf,
  OPTIONAL_BILLING_DIMS,
  type OptionalBillingGrain,
  type BillingImportResult,
} from '../../../src-shared/ipc/billing-import-types';
import { billingCheckRows } from '../../../src-shared/ipc/billing-import-checks';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import { interruptible } from '../interruptible';
import type { CliIo } from '../io';
import { textTable } from '../text-table';
import { checkExisting, withWorkbook } from '../workbook-file';

const OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  format: { type: 'string' },
  grain: { type: 'string' },
  daily: { type: 'boolean' },
} as const;

const GRAIN_NAMES: Record<string, OptionalBillingGrain> = {
  'sub-account': 'subAccount',
  service: 'service',
  region: 'region',
  'resource-type': 'resourceType',
  'charge-category': 'chargeCategory',
  commitment: 'commitmentDiscount',
};

/** `--grain service,region`: the optional dimensions kept (all when not given). */
function grainOption(text: string | undefined): OptionalBillingGrain[] {
  if (text === undefined) return OPTIONAL_BILLING_DIMS;
  return text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '')
    .map((t) => {
      const d = GRAIN_NAMES[t];
      if (!d) {
        throw new UsageError(
          `--grain takes a comma list of ${Object.keys(GRAIN_NAMES).join(', ')}; "${t}" is not one`,
          'import-billing',
        );
      }
      return d;
    });
}

/** The totals check: per currency and measure, the file's sum beside the stored one. */
function totalsTable(r: BillingImportResult): string {
  const rows = billingCheckRows(r).map((c) => [
    c.currency,
    c.measure,
    c.file,
    c.imported ?? '—',
    c.equal ? 'equal' : 'DIFFERENT',
  ]);
  return textTable(['Currency', 'Measure', 'File total', 'Imported total', 'Check'], rows, [
    'left',
    'left',
    'right',
    'right',
    'left',
  ]);
}

function report(r: BillingImportResult): string {
  const out = [
    `${r.fileName} (${r.format}, SHA-256 ${r.sha256.slice(0, 12)}…)\n`,
    `Rows: ${r.rows}  aggregates: ${r.aggregates}  commitment rows: ${r.commitments}\n`,
    `Billing periods: ${r.periods.join(', ') || 'none'}\n`,
  ];
  for (const x of r.replaced) {
    out.push(`Replaced: ${x.fileName}${x.fullyReplaced ? '' : ' (partly: its other accounts or periods stay)'}\n`);
  }
  out.push('\n', totalsTable(r), `\n${r.message}\n`);
  return out.join('');
}

/**
 * `outlay import-billing FILE --from BILL [--format F] [--json]`: imports a cloud bill as one
 * undoable command and prints the rows, periods, replaced imports and the totals check.
 * Exit 1 with one line naming file, row and column when refused; Ctrl+C exits 130, unchanged.
 */
export async function runImportBilling(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('import-billing', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP['import-billing']);
    return EXIT.ok;
  }
  const file = oneFile('import-billing', positionals);
  if (!values.from) throw new UsageError('missing --from BILL.csv|.csv.gz|.parquet', 'import-billing');
  const raw = (values.format ?? 'auto').trim().toLowerCase();
  const format = BILLING_IMPORT_FORMATS.find((f) => f === raw);
  if (format === undefined) {
    throw new UsageError(
      `--format expects one of ${BILLING_IMPORT_FORMATS.join(', ')}, got "${values.format}"`,
      'import-billing',
    );
  }
  const grain = billingGrainOf(grainOption(values.grain), values.daily === true);
  const bill = resolve(checkExisting(values.from));
  return interruptible(
    io,
    {
      announce: () => `Importing ${values.from} (Ctrl+C to stop)…`,
      count: (p) => `${p.label ?? ''} (${Math.round((100 * p.done) / Math.max(p.total, 1))}%)`,
    },
    (long) =>
      withWorkbook(file, async (s) => {
        const result = await s.call('billing/import', { file: { kind: 'path', path: bill }, format, grain }, long.call);
        long.clearLine();
        io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : report(result));
        if (!result.totalsMatch) throw new InputError(`${result.fileName}: the imported totals differ from the file's`);
        return EXIT.ok;
      }),
  );
}
