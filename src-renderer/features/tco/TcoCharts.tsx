import { useMemo, useState } from 'react';
import type { TcoModel, TcoResult } from '../../../src-shared/model';
import { Chart } from '../../charts/Chart';
import { cumulativeCashOption } from './tco-chart-option';
import { tornadoOption } from './tornado-option';
import { useTcoCall } from './useTcoCall';

/** The cumulative cash chart and, for one alternative's NPV, the tornado of its top three inputs at ±20 %. */
export function TcoCharts({
  result,
  minorUnits,
  modelRef,
}: {
  result: TcoResult;
  minorUnits: number;
  /** The saved model, or the edited what-if. */
  modelRef: { id: string } | { model: TcoModel };
}) {
  const [altId, setAltId] = useState<string | null>(null);
  const alternative = result.alternatives.find((a) => a.id === altId) ?? result.alternatives[0];
  const cumulative = useMemo(() => cumulativeCashOption(result, minorUnits), [result, minorUnits]);
  const t = useTcoCall(
    'tco/tornado',
    alternative
      ? { ...modelRef, metric: { kind: 'npv', alternative: alternative.id }, variationPercent: '20', top: 3 }
      : null,
  );
  const tornado = useMemo(() => (t.data ? tornadoOption(t.data, minorUnits) : null), [t.data, minorUnits]);
  return (
    <div className="tco-charts">
      <section className="panel tco-chart-panel">
        <h3>Cumulative cash cost</h3>
        <Chart option={cumulative} height={280} testId="tco-cumulative-chart" />
      </section>
      <section className="panel tco-chart-panel">
        <div className="tco-chart-head">
          <h3>What moves the NPV most (±20 %)</h3>
          <select
            value={alternative?.id ?? ''}
            onChange={(e) => setAltId(e.target.value)}
            aria-label="Tornado alternative"
            data-testid="tco-tornado-alternative"
          >
            {result.alternatives.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        {t.error && (
          <p className="form-error" role="alert">
            {t.error.message}
          </p>
        )}
        {tornado && <Chart option={tornado} height={220} testId="tco-tornado-chart" />}
      </section>
    </div>
  );
}
