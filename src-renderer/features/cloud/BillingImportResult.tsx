import type { BillingImportResult as Result } from '../../../src-shared/ipc/billing-import-types';
import { formatMoney } from '../../../src-shared/money/format';
import { useWorkbook } from '../../state/WorkbookContext';
import { billingCheckRows } from '../../../src-shared/ipc/billing-import-checks';

/**
 * What an import did: rows, periods, the imports it replaced and, per currency and measure,
 * the file's own total beside the total re-read from the workbook ("File total = imported
 * total"), shown to the cent with the exact sum in the tooltip.
 */
export function BillingImportResult({ result }: { result: Result }) {
  const wb = useWorkbook();
  const units = (c: string) => wb?.lookups.minorUnits.get(c) ?? 2;
  const checks = billingCheckRows(result);
  return (
    <section className="billing-result" data-testid="billing-import-result" aria-label="Import result">
      <p data-testid="billing-import-message">{result.message}</p>
      <dl className="billing-result-facts">
        <dt>Rows</dt>
        <dd data-testid="billing-import-rows">{result.rows.toLocaleString('en-US')}</dd>
        <dt>Billing periods</dt>
        <dd data-testid="billing-import-periods">{result.periods.join(', ') || '—'}</dd>
        <dt>Format</dt>
        <dd>{result.format}</dd>
        <dt>Replaced</dt>
        <dd data-testid="billing-import-replaced">
          {result.replaced.length === 0
            ? 'nothing'
            : result.replaced.map((r) => `${r.fileName}${r.fullyReplaced ? '' : ' (partly)'}`).join(', ')}
        </dd>
      </dl>
      <table className="billing-checks" data-testid="billing-import-checks">
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Measure</th>
            <th scope="col">File total</th>
            <th scope="col">Imported total</th>
            <th scope="col">Check</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={`${c.currency}-${c.measure}`} data-testid={`billing-check-${c.currency}-${c.measure}`}>
              <td>{c.currency}</td>
              <td>{c.measure}</td>
              <td className="num" title={c.file} data-exact={c.file}>
                {formatMoney(c.file, units(c.currency))}
              </td>
              <td className="num" title={c.imported ?? ''} data-exact={c.imported ?? ''}>
                {c.imported === null ? '—' : formatMoney(c.imported, units(c.currency))}
              </td>
              <td className={c.equal ? 'billing-ok' : 'billing-bad'}>{c.equal ? '= equal' : '≠ different'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
