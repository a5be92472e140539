import { useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { Driver, DriverLineModel } from '../../../src-shared/model/drivers';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { Chart } from '../../charts/Chart';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/drivers.css';
import { AssumptionsPanel } from './AssumptionsPanel';
import { AttachLineDialog } from './AttachLineDialog';
import { DriverDialog, DRIVER_METHODS } from './DriverDialog';
import { DriverLinesGrid } from './DriverLinesGrid';
import { DriverMonthsGrid } from './DriverMonthsGrid';
import { driverCostOption } from './drivers-chart-option';

const STALE = touches(TABLES.drivers, TABLES.budget, TABLES.settings, TABLES.accountingSettings);
const methodLabel = (m: string) => DRIVER_METHODS.find((x) => x.value === m)?.label ?? m;

/**
 * Driver-based forecasting for the selected scenario and fiscal year: the drivers and one
 * driver's months (actual, plan, forecast, grown), the scenario's growth assumptions, and
 * the driver-based lines' fixed / variable / step cost per month with a stacked chart.
 */
export default function DriversScreen() {
  const wb = useWorkbook();
  const { scenarioId, fiscalYear, minorUnits } = wb;
  const view = useQuery('drivers/view', { scenarioId, fiscalYear }, { staleOn: STALE });
  const [picked, setPicked] = useState<string | null>(null);
  const [editing, setEditing] = useState<Driver | 'new' | null>(null);
  const [attaching, setAttaching] = useState<DriverLineModel | 'new' | null>(null);
  const detach = useCommand();
  const data = view.data;
  const drivers = useMemo(() => data?.drivers.map((d) => d.driver) ?? [], [data]);
  const selected = data?.drivers.find((d) => d.driver.id === picked) ?? data?.drivers[0];
  const base = wb.info.settings.baseCurrency;
  const chartLines = useMemo(() => (data?.lines ?? []).filter((l) => l.currency === base), [data, base]);
  const option = useMemo(
    () => driverCostOption(chartLines, data?.months ?? [], minorUnits),
    [chartLines, data, minorUnits],
  );
  const scenarioName = wb.scenarios.find((s) => s.id === scenarioId)?.name ?? '';

  return (
    <div className="drivers-screen" data-testid="drivers-screen">
      {view.error && (
        <div className="banner banner-error" role="alert" data-testid="drivers-error">
          {view.error}
        </div>
      )}
      <div className="toolbar">
        <h2>Drivers</h2>
        <span className="muted">
          {scenarioName} · {fiscalYearLabel(fiscalYear)}
        </span>
        <div className="toolbar-spacer" />
        <button type="button" onClick={() => setEditing('new')} data-testid="driver-add">
          Add driver
        </button>
        <button
          type="button"
          className="primary"
          disabled={drivers.length === 0}
          onClick={() => setAttaching('new')}
          data-testid="attach-line-open"
        >
          Cost a line from a driver
        </button>
      </div>

      <div className="drivers-top">
        <section className="panel drivers-list" aria-label="Drivers">
          <h3>Drivers</h3>
          <ul role="listbox" aria-label="Drivers">
            {(data?.drivers ?? []).map((d) => (
              <li key={d.driver.id}>
                <button
                  type="button"
                  role="option"
                  aria-selected={d.driver.id === selected?.driver.id}
                  className={d.driver.id === selected?.driver.id ? 'active' : undefined}
                  onClick={() => setPicked(d.driver.id)}
                  data-testid={`driver-item-${d.driver.code}`}
                >
                  <strong>{d.driver.code}</strong> <span>{d.driver.name}</span>
                  <span className="muted">
                    {d.driver.unit} · {d.method === 'none' ? 'held' : d.method}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {data && data.drivers.length === 0 && <p className="muted">No drivers yet: add one.</p>}
        </section>
        {selected && (
          <section className="panel drivers-months-panel" aria-label={`Months of ${selected.driver.code}`}>
            <div className="toolbar">
              <h3 data-testid="driver-selected">
                {selected.driver.code} — {selected.driver.name} ({selected.driver.unit})
              </h3>
              <span className="muted" title={selected.notes.join('\n')}>
                {methodLabel(selected.driver.forecastMethod)}
                {selected.method !== selected.driver.forecastMethod ? ` → ${selected.method}` : ''}
              </span>
              <div className="toolbar-spacer" />
              <button type="button" onClick={() => setEditing(selected.driver)} data-testid="driver-edit">
                Edit driver
              </button>
            </div>
            <DriverMonthsGrid series={selected} />
            <p className="muted">Type or paste (a column from Excel) into Plan; pasting into Actual records history.</p>
          </section>
        )}
      </div>

      {data && (
        <AssumptionsPanel
          assumptions={data.assumptions}
          drivers={drivers}
          scenarioId={scenarioId}
          firstMonth={data.months[0] ?? ''}
        />
      )}

      <section className="panel" aria-label="Driver-based lines" data-testid="driver-lines">
        <h3>Driver-based lines</h3>
        <ul className="drivers-line-list">
          {(data?.lines ?? []).map((l) => (
            <li key={l.model.lineId} data-testid={`driver-line-${l.model.lineId}`}>
              <span>
                {l.lineDescription || l.model.lineId} · {l.driverCode} · {l.model.fixedAmount} + {l.model.unitRate} ×{' '}
                {l.driverCode}
                {l.model.tierSize ? ` + ${l.model.tierAmount} per ${l.model.tierSize}` : ''}
              </span>
              <button type="button" onClick={() => setAttaching(l.model)} data-testid="driver-line-edit">
                Edit
              </button>
              <button
                type="button"
                disabled={detach.busy}
                onClick={() => void detach.run('drivers/detach-line', { lineId: l.model.lineId })}
                data-testid="driver-line-detach"
              >
                Detach
              </button>
            </li>
          ))}
        </ul>
        <DriverLinesGrid lines={data?.lines ?? []} months={data?.months ?? []} minorUnits={minorUnits} />
        <Chart option={option} height={280} testId="driver-cost-chart" />
        {chartLines.length < (data?.lines.length ?? 0) && (
          <p className="muted">The chart shows the lines in {base}; lines in other currencies are in the table only.</p>
        )}
      </section>

      {editing && (
        <DriverDialog
          driver={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(id) => {
            setEditing(null);
            setPicked(id);
          }}
        />
      )}
      {attaching && (
        <AttachLineDialog
          scenarioId={scenarioId}
          fiscalYear={fiscalYear}
          drivers={drivers}
          model={attaching === 'new' ? null : attaching}
          onClose={() => setAttaching(null)}
        />
      )}
    </div>
  );
}
