import { useMemo, useState } from 'react';
import { TABLES, touches } from '../../api/stale';
import { useLongCall } from '../../api/useLongCall';
import { useQuery } from '../../api/useQuery';
import { ProgressBar } from '../../components/ProgressBar';
import { useWorkbook } from '../../state/WorkbookContext';
import { DriversPanel } from './DriversPanel';
import { ResultsPanel } from './ResultsPanel';
import { RulesPanel } from './RulesPanel';
import '../../styles/allocation.css';

/** The month before today's, as YYYY-MM: the latest month that usually has its costs in. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Allocation rules, driver tables, preview, run with progress, results and trace (issue 6). */
export default function AllocationScreen() {
  const wb = useWorkbook();
  const [period, setPeriod] = useState(lastMonth);
  const basis = wb.basis === 'cash' ? 'billed' : 'effective';
  const stale = { staleOn: touches(TABLES.allocation, TABLES.dimensions) };
  const rules = useQuery('allocation/list-rules', {}, stale);
  const drivers = useQuery('allocation/list-drivers', {}, stale);
  const nodes = useQuery('allocation/list-nodes', {}, stale);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(period);
  const current = useQuery('allocation/get-run', { period }, { ...stale, enabled: valid });
  const run = useLongCall('allocation/run');

  const nodeOptions = useMemo(
    () => (nodes.data ?? []).map((n) => ({ value: n.id, label: `${n.name} (${n.id})` })),
    [nodes.data],
  );
  const pools = useMemo(
    () => wb.dimensions.costPools.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` })),
    [wb.dimensions.costPools],
  );

  return (
    <section className="screen allocation-screen" data-testid="allocation-screen">
      <div className="toolbar">
        <h2>Allocation</h2>
        <label className="field-inline">
          Month
          <input
            type="month"
            data-testid="allocation-month"
            value={period}
            onChange={(e) => e.target.value && setPeriod(e.target.value)}
          />
        </label>
        <span className="muted">{basis === 'effective' ? 'Accrual: EffectiveCost' : 'Cash: BilledCost'}</span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="primary"
          data-testid="allocation-run"
          disabled={!valid || run.running}
          onClick={() => void run.start({ period, basis })}
        >
          Run allocation
        </button>
      </div>
      {run.running && (
        <ProgressBar
          title={`Allocating ${period}`}
          progress={run.progress}
          onCancel={run.cancel}
          testId="allocation-progress"
        />
      )}
      {run.error && (
        <div className="grid-message grid-message-error" role="alert" data-testid="allocation-run-error">
          {run.error.message}
        </div>
      )}
      <div className="allocation-columns">
        <div className="allocation-left">
          <RulesPanel
            rules={rules.data ?? []}
            nodes={nodeOptions}
            drivers={(drivers.data ?? []).map((d) => d.code)}
            pools={pools}
            period={period}
            basis={basis}
          />
          <DriversPanel drivers={drivers.data ?? []} nodes={nodeOptions} period={period} />
        </div>
        <div className="allocation-right">
          {current.data ? (
            <ResultsPanel summary={current.data} />
          ) : (
            <p className="muted" data-testid="allocation-no-run">
              {period} has not been allocated yet.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
