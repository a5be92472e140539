import type { DemandKey, TcoResult } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';

const UNIT: Record<DemandKey, string> = { vms: 'VM', storageTb: 'TB', users: 'user' };

/**
 * Per alternative: total cash and P&L over the horizon, NPV of the cash costs and the
 * fully loaded cash cost per unit of each demand driver in the last model year.
 */
export function TcoKpis({ result, minorUnits }: { result: TcoResult; minorUnits: number }) {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const drivers = (Object.keys(result.demand) as DemandKey[]).filter((k) => result.demand[k]);
  return (
    <div className="tco-kpis" data-testid="tco-kpis">
      {result.alternatives.map((a) => {
        const last = a.years[a.years.length - 1];
        return (
          <section key={a.id} className="panel tco-kpi-card" data-testid={`tco-kpi-${a.id}`} aria-label={a.name}>
            <h3>{a.name}</h3>
            <dl>
              <dt>Total cash</dt>
              <dd data-testid={`tco-total-cash-${a.id}`}>{fmt(a.totalCash)}</dd>
              <dt>Total P&amp;L</dt>
              <dd data-testid={`tco-total-pnl-${a.id}`}>{fmt(a.totalPnl)}</dd>
              <dt>NPV (cash)</dt>
              <dd data-testid={`tco-npv-${a.id}`}>{fmt(a.npv)}</dd>
              {drivers.map((k) => {
                const u = last?.cash.perUnit[k];
                return (
                  <div key={k} className="tco-kpi-unit">
                    <dt>
                      Cash per {UNIT[k]}, year {last?.year}
                    </dt>
                    <dd data-testid={`tco-per-unit-${a.id}-${k}`}>{u ? fmt(u) : '–'}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
