import { useState } from 'react';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { Field } from '../../components/Field';

/** Months closed for imports: rows dated in them are refused by the check. */
export function ClosedMonths() {
  const closed = useQuery('imports/list-closed-periods', {}, { staleOn: touches(TABLES.imports) });
  const cmd = useCommand({ toast: false });
  const [month, setMonth] = useState('');
  const set = async (m: string, isClosed: boolean) => {
    if (await cmd.run('imports/set-period-closed', { month: m, closed: isClosed })) setMonth('');
  };
  return (
    <div className="imports-step" data-testid="imports-closed">
      <p className="muted">Imports refuse rows dated in a closed month, so posted books stay as they were reported.</p>
      <div className="imports-row">
        <Field label="Month" error={cmd.error?.message ?? null}>
          <input
            type="month"
            data-testid="imports-close-month"
            value={month}
            onChange={(e) => {
              cmd.clearError();
              setMonth(e.target.value);
            }}
          />
        </Field>
        <button
          type="button"
          data-testid="imports-close"
          disabled={!month || cmd.busy}
          onClick={() => void set(month, true)}
        >
          Close month
        </button>
      </div>
      {(closed.data ?? []).length === 0 ? (
        <p className="muted">No month is closed.</p>
      ) : (
        <ul className="imports-code-maps" data-testid="imports-closed-list">
          {(closed.data ?? []).map((m) => (
            <li key={m}>
              {m}{' '}
              <button type="button" aria-label={`Reopen ${m}`} onClick={() => void set(m, false)}>
                Reopen
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
