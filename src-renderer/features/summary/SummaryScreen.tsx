import { useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { SummaryBy } from '../../../src-shared/model';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Chart } from '../../charts/Chart';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/summary.css';
import { PlanVsActual } from './PlanVsActual';
import { BalanceSheet } from './BalanceSheet';
import { SummaryError } from './SummaryError';
import { SummaryGrid } from './SummaryGrid';
import { SummaryKpis } from './SummaryKpis';
import { summaryChartOption } from './summary-chart-option';
import { periodHeading } from './summary-periods';

const BY_OPTIONS: { value: SummaryBy; label: string }[] = [
  { value: 'capex-opex', label: 'CapEx/OpEx' },
  { value: 'cost-center', label: 'Cost center' },
  { value: 'tower', label: 'Tower' },
];

/** Everything the summary is calculated from: any change to these refreshes it. */
const SUMMARY_TABLES = touches(
  TABLES.budget,
  TABLES.contracts,
  TABLES.assets,
  TABLES.fx,
  TABLES.accountingSettings,
  TABLES.capitalization,
  TABLES.dimensions,
  ['actuals'],
);

/**
 * The fiscal year's planned spend per accounting period for the header's scenario, year
 * and accrual/cash basis: KPIs, a stacked chart, the grid by CapEx/OpEx, cost center or
 * tower, and plan against actuals with the FX variance apart.
 */
export default function SummaryScreen() {
  const wb = useWorkbook();
  const [by, setBy] = useState<SummaryBy>('capex-opex');
  const q = useQuery(
    'accounting/summary',
    { fiscalYear: wb.fiscalYear, view: wb.basis, by, scenarioId: wb.scenarioId },
    { staleOn: SUMMARY_TABLES },
  );
  const summary = q.data;
  const scenarioName = wb.scenarios.find((s) => s.id === wb.scenarioId)?.name ?? '';
  const option = useMemo(
    () =>
      summary
        ? summaryChartOption(
            summary,
            summary.periods.map((p) => periodHeading(p, summary.calendarKind)),
            wb.minorUnits,
          )
        : null,
    [summary, wb.minorUnits],
  );
  const currencyUnits = (code: string) => wb.lookups.minorUnits.get(code) ?? 2;

  return (
    <div className="summary-screen" data-testid="summary-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Summary</h1>
          <span className="muted" data-testid="summary-context">
            {fiscalYearLabel(wb.fiscalYear)} · {wb.basis === 'accrual' ? 'Accrual' : 'Cash'} · {scenarioName} ·{' '}
            {wb.info.settings.baseCurrency} at budget FX rates
          </span>
        </div>
        <div className="toolbar-spacer" />
        <div className="segmented" role="group" aria-label="Rows by">
          {BY_OPTIONS.map((o) => (
            <button
              key={o.value}
              type="button"
              className={by === o.value ? 'active' : ''}
              aria-pressed={by === o.value}
              data-testid={`summary-by-${o.value}`}
              onClick={() => setBy(o.value)}
            >
              {o.label}
            </button>
          ))}
        </div>
      </div>
      {q.error && <SummaryError message={q.error} failure={q.failure} onOpenSetup={() => wb.openSetup('fx')} />}
      {!summary && !q.error && <div className="loading">Calculating…</div>}
      {summary && !q.error && (
        <>
          {summary.calendarKind === 'retail' && (
            <div className="banner banner-info" role="note" data-testid="summary-retail-note">
              Retail calendar: budget lines and actuals are monthly, so month 1 of the fiscal year is shown in P01,
              month 2 in P02 and so on, whatever the exact dates of the period.
            </div>
          )}
          <SummaryKpis summary={summary} minorUnits={wb.minorUnits} />
          {option && <Chart option={option} height={240} testId="summary-chart" />}
          <SummaryGrid summary={summary} minorUnits={wb.minorUnits} />
          <PlanVsActual summary={summary} minorUnits={wb.minorUnits} currencyUnits={currencyUnits} />
          <BalanceSheet summary={summary} minorUnits={wb.minorUnits} />
        </>
      )}
    </div>
  );
}
