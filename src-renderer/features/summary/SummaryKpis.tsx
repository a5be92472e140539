import type { AccountingSummary, AccountingSummarySource } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { capexSharePercent } from './summary-figures';

const SOURCE_LABELS: Record<AccountingSummarySource, string> = {
  planned: 'Planned lines',
  contracts: 'Contracts',
  invoices: 'Invoices',
  assets: 'Assets',
};

function Kpi({ label, value, testId, hint }: { label: string; value: string; testId: string; hint?: string }) {
  return (
    <div className="kpi" title={hint}>
      <span className="kpi-label">{label}</span>
      <b className="kpi-value money" data-testid={testId}>
        {value}
      </b>
    </div>
  );
}

/** Total, CapEx, OpEx, the CapEx share and the total by source, formatted in the base currency. */
export function SummaryKpis({ summary, minorUnits }: { summary: AccountingSummary; minorUnits: number }) {
  const m = (x: string) => formatMoney(x, minorUnits);
  const share = capexSharePercent(summary.split.CapEx, summary.total.total);
  const plan = summary.scenario;
  return (
    <div className="kpi-strip" data-testid="summary-kpis">
      <div className="kpi-group" aria-label="Total and CapEx/OpEx split">
        <Kpi label={`Total ${summary.baseCurrency}`} value={m(summary.total.total)} testId="summary-kpi-total" />
        <Kpi label="CapEx" value={m(summary.split.CapEx)} testId="summary-kpi-capex" />
        <Kpi label="OpEx" value={m(summary.split.OpEx)} testId="summary-kpi-opex" />
        <Kpi label="CapEx share" value={share === null ? '—' : `${share}%`} testId="summary-kpi-capex-share" />
      </div>
      <div className="kpi-group" aria-label="Total by source">
        {(Object.keys(SOURCE_LABELS) as AccountingSummarySource[]).map((src) => (
          <Kpi
            key={src}
            label={SOURCE_LABELS[src]}
            value={m(summary.sources[src].total)}
            testId={`summary-source-${src}`}
            hint={
              src === 'planned'
                ? plan
                  ? `${plan.budgetLines} budget lines of ${plan.name}`
                  : 'No scenario chosen'
                : src === 'contracts'
                  ? `${summary.counts.contracts} contracts`
                  : src === 'invoices'
                    ? `${summary.counts.costItems} invoices outside contracts`
                    : `${summary.counts.assets} assets`
            }
          />
        ))}
      </div>
    </div>
  );
}
