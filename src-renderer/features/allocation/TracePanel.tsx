import type { AllocationTrace, TraceStep } from '../../../src-shared/model/allocation';
import { formatMoney } from '../../../src-shared/money';
import { useWorkbook } from '../../state/WorkbookContext';

function how(s: TraceStep): string {
  if (s.method === 'driver') return `driver ${s.driver}: ${s.quantity} of ${s.driverTotal}`;
  if (s.method === 'percent') return `${s.percent} %`;
  if (s.method === 'even') return 'even split';
  return 'direct assignment';
}

function Step({ step, money }: { step: TraceStep; money: (m: string) => string }) {
  return (
    <li data-testid="trace-step">
      <span>
        <strong>{money(step.amount)}</strong> from {step.from} by rule <em>{step.ruleName}</em> ({how(step)}) of{' '}
        {money(step.sourceAmount)}
      </span>
      {step.aggregates.length > 0 && (
        <ul className="allocation-trace-aggregates">
          {step.aggregates.map((a) => (
            <li key={a.id} data-testid="trace-aggregate">
              {money(a.amount)} · {a.label}
            </li>
          ))}
        </ul>
      )}
      {step.inflows.length > 0 && (
        <ul>
          {step.inflows.map((s, i) => (
            <Step key={i} step={s} money={money} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Why a target holds its amount: the postings back through step-down nodes to the costs. */
export function TracePanel({ trace, name, onClose }: { trace: AllocationTrace; name: string; onClose: () => void }) {
  const { minorUnits } = useWorkbook();
  const money = (m: string) => formatMoney(m, minorUnits, { parens: true });
  return (
    <section className="panel allocation-trace" aria-label={`Trace of ${name}`} data-testid="allocation-trace">
      <div className="toolbar toolbar-compact">
        <h3>
          Why {name} holds {money(trace.total)}
        </h3>
        <div className="toolbar-spacer" />
        <button type="button" className="icon-button" aria-label="Close trace" onClick={onClose}>
          ×
        </button>
      </div>
      <ul className="allocation-trace-tree">
        {trace.steps.map((s, i) => (
          <Step key={i} step={s} money={money} />
        ))}
      </ul>
    </section>
  );
}
