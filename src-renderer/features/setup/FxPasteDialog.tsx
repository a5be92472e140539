import { useMemo, useState } from 'react';
import { parseFxPaste, ratesToSave, type FxPastePreview } from '../../../src-shared/fx';
import type { FxRateRecord } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Field';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Paste FX rates copied from Excel: the block is read as the user pastes or types it and
 * previewed (rates to insert, rates to replace with their old values, cells that cannot
 * be read with their row, column and reason). Nothing is saved until Apply, which sends
 * every readable row as one fx/save-rates command: one journal entry, one undo.
 */
export function FxPasteDialog({
  initialText,
  baseCurrency,
  currencies,
  existing,
  onClose,
}: {
  initialText: string;
  baseCurrency: string;
  currencies: readonly string[];
  existing: readonly FxRateRecord[];
  onClose: () => void;
}) {
  const [text, setText] = useState(initialText);
  const [separator, setSeparator] = useState<'auto' | '.' | ','>('auto');
  const cmd = useCommand({ toast: false });
  const preview = useMemo(
    () => parseFxPaste(text, { baseCurrency, currencies, existing, decimalSeparator: separator }),
    [text, baseCurrency, currencies, existing, separator],
  );
  const toSave = ratesToSave(preview);

  const apply = async () => {
    const saved = await cmd.run('fx/save-rates', { rates: toSave });
    if (!saved) return;
    notify('info', `Saved ${plural(saved.saved, 'FX rate')} in one step. Undo puts them back.`);
    onClose();
  };

  return (
    <Dialog
      title="Paste FX rates"
      onClose={onClose}
      testId="fx-paste-dialog"
      width={820}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            data-testid="fx-paste-apply"
            disabled={toSave.length === 0 || cmd.busy}
            onClick={() => void apply()}
          >
            {toSave.length === 0 ? 'Nothing to apply' : `Apply ${plural(toSave.length, 'rate')}`}
          </button>
        </>
      }
    >
      <p className="muted small">
        Copy cells from Excel and paste them here. A list: From, To, Month, Budget rate, Actual rate (a header row is
        optional). Or a table: months down the first column, currency codes across the header, each value the budget
        rate into {baseCurrency}. Cells that cannot be read are left out and listed.
      </p>
      <textarea
        className="paste-input"
        aria-label="Pasted rates"
        data-testid="fx-paste-text"
        value={text}
        spellCheck={false}
        onChange={(e) => {
          cmd.clearError();
          setText(e.target.value);
        }}
      />
      <div className="fx-toolbar">
        <span className="muted small">Decimal separator</span>
        <Select
          testId="fx-paste-decimal"
          ariaLabel="Decimal separator"
          value={separator}
          options={[
            { value: 'auto', label: `Detect (${preview.decimalSeparator === ',' ? '1.234,56' : '1,234.56'})` },
            { value: '.', label: '1,234.56 — decimal point' },
            { value: ',', label: '1.234,56 — decimal comma' },
          ]}
          onChange={(v) => setSeparator(v === '.' || v === ',' ? v : 'auto')}
        />
      </div>
      <PastePreview preview={preview} />
      {cmd.error && (
        <p className="form-error" role="alert" data-testid="fx-paste-error">
          Nothing was saved: {cmd.error.message}
        </p>
      )}
    </Dialog>
  );
}

function PastePreview({ preview }: { preview: FxPastePreview }) {
  if (preview.error) {
    return (
      <p className="muted" data-testid="fx-paste-summary">
        {preview.error}
      </p>
    );
  }
  const count = (s: string) => preview.rows.filter((r) => r.status === s).length;
  const shown = preview.rows.filter((r) => r.status !== 'unchanged');
  const reversed = shown.filter((r) => r.status === 'insert' && r.reverse).length;
  return (
    <div className="paste-preview">
      <p data-testid="fx-paste-summary">
        {preview.form === 'matrix' ? 'Table of budget rates' : 'List of rates'}
        {preview.headerRow ? ' with a header row' : ''}: {count('insert')} new, {count('replace')} replaced,{' '}
        {count('unchanged')} unchanged, {plural(preview.problems.length, 'cell')} not read.
      </p>
      {reversed > 0 && (
        <p className="muted small" data-testid="fx-paste-reverse">
          {plural(reversed, 'new rate')} {reversed === 1 ? 'has' : 'have'} the reverse pair stored for the same month:
          both are kept, and the pasted rate is used for conversions in its own direction.
        </p>
      )}
      {preview.problems.length > 0 && (
        <table className="preview-table paste-problems" aria-label="Cells that cannot be read">
          <thead>
            <tr>
              <th>Row</th>
              <th>Column</th>
              <th>Cell</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p) => (
              <tr key={`${p.line}:${p.column}`} data-testid="fx-paste-problem">
                <td>{p.line}</td>
                <td>
                  {p.column} ({p.columnName})
                </td>
                <td>{p.text || '(empty)'}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > 0 && (
        <table className="preview-table" aria-label="Rates to save">
          <thead>
            <tr>
              <th>Row</th>
              <th />
              <th>Pair</th>
              <th>Month</th>
              <th className="num">Budget rate</th>
              <th className="num">Actual rate</th>
              <th className="num">Was (budget / actual)</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.rate.from}/${r.rate.to}@${r.rate.period}`} data-testid="fx-paste-row">
                <td>{r.line}</td>
                <td>{r.status === 'insert' ? 'new' : 'replace'}</td>
                <td>
                  {r.rate.from}/{r.rate.to}
                </td>
                <td>{r.rate.period}</td>
                <td className="num">{r.rate.budgetRate}</td>
                <td className="num">{r.rate.actualRate ?? '—'}</td>
                <td className="num">
                  {r.old
                    ? `${r.old.budgetRate} / ${r.old.actualRate ?? '—'}`
                    : r.reverse
                      ? `reverse ${r.reverse.from}/${r.reverse.to} ${r.reverse.budgetRate} kept`
                      : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
