import { useState } from 'react';
import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { formatMoney, MoneyParseError, parseUserAmount } from '../../../src-shared/money';
import { Select } from '../../components/Field';
import type { ForecastInputCommands } from './useForecastInputs';

/**
 * The re-baseline tools of one scope: a new baseline start, one-off months (left out of
 * the baseline) with their reason, and level shifts from a month on. Every change is
 * stored at once as an undoable command.
 */
export function ForecastInputsPanel(props: { s: SeriesForecast; minorUnits: number; cmd: ForecastInputCommands }) {
  const { s, cmd } = props;
  const months = s.history.months;
  const inputs = s.inputs;
  const fmt = (m: string) => formatMoney(m, props.minorUnits);
  const [oneOffMonth, setOneOffMonth] = useState('');
  const [reason, setReason] = useState('');
  const [shiftMonth, setShiftMonth] = useState('');
  const [shiftAmount, setShiftAmount] = useState('');
  const [shiftError, setShiftError] = useState<string | null>(null);
  const monthOptions = months.map((m) => ({ value: m, label: m }));

  const addShift = async () => {
    let amount: string | null;
    try {
      amount = parseUserAmount(shiftAmount);
    } catch (e) {
      if (!(e instanceof MoneyParseError)) throw e;
      setShiftError(`Level shift amount: "${shiftAmount}" is not an amount.`);
      return;
    }
    if (!/^\d{4}-\d{2}$/.test(shiftMonth) || amount === null) {
      setShiftError('Level shift: give a month (YYYY-MM) and an amount.');
      return;
    }
    setShiftError(null);
    if (await cmd.setLevelShift(shiftMonth, amount)) setShiftAmount('');
  };

  return (
    <div className="forecast-inputs" data-testid="forecast-inputs">
      <h3>Baseline</h3>
      <label>
        Fit from{' '}
        <Select
          ariaLabel="Baseline start"
          testId="forecast-baseline"
          value={inputs.baselineStart ?? ''}
          none="the whole history"
          options={monthOptions}
          onChange={(v) => void cmd.setBaseline(v === '' ? null : v)}
        />
      </label>

      <h3>One-off months</h3>
      <ul data-testid="forecast-one-offs">
        {inputs.oneOffs.map((o) => (
          <li key={o.month} data-month={o.month}>
            <b>{o.month}</b> {o.reason}{' '}
            <button
              type="button"
              className="link"
              data-testid={`forecast-untag-${o.month}`}
              onClick={() => void cmd.untagOneOff(o.month)}
            >
              Untag
            </button>
          </li>
        ))}
      </ul>
      <div className="forecast-inputs-row">
        <Select
          ariaLabel="One-off month"
          testId="forecast-oneoff-month"
          value={oneOffMonth}
          none="Month…"
          options={monthOptions}
          onChange={setOneOffMonth}
        />
        <input
          aria-label="One-off reason"
          data-testid="forecast-oneoff-reason"
          placeholder="Reason (licence true-up…)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button
          type="button"
          data-testid="forecast-oneoff-add"
          disabled={cmd.busy || oneOffMonth === '' || reason.trim() === ''}
          onClick={async () => {
            if (await cmd.tagOneOff(oneOffMonth, reason.trim())) setReason('');
          }}
        >
          Tag one-off
        </button>
      </div>

      <h3>Level shifts</h3>
      <ul data-testid="forecast-level-shifts">
        {inputs.levelShifts.map((l) => (
          <li key={l.month} data-month={l.month}>
            From <b>{l.month}</b>: {fmt(l.amount)}{' '}
            <button
              type="button"
              className="link"
              data-testid={`forecast-unshift-${l.month}`}
              onClick={() => void cmd.setLevelShift(l.month, null)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="forecast-inputs-row">
        <input
          aria-label="Level shift month"
          data-testid="forecast-shift-month"
          placeholder="YYYY-MM"
          value={shiftMonth}
          onChange={(e) => setShiftMonth(e.target.value.trim())}
        />
        <input
          aria-label="Level shift amount"
          data-testid="forecast-shift-amount"
          placeholder="Amount per month (±)"
          value={shiftAmount}
          onChange={(e) => setShiftAmount(e.target.value)}
        />
        <button type="button" data-testid="forecast-shift-add" disabled={cmd.busy} onClick={() => void addShift()}>
          Add shift
        </button>
      </div>
      {shiftError && (
        <p className="field-error" role="alert" data-testid="forecast-shift-error">
          {shiftError}
        </p>
      )}
    </div>
  );
}
