import { useState } from 'react';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import type { ImportChangesPreview } from '../../../src-shared/ipc/import-changes-contract';
import { formatMoney } from '../../../src-shared/money';
import { useWorkbook } from '../../state/WorkbookContext';
import type { ImportChoices } from './selection';

/** Rows shown per tab: a big import lists thousands of cells; the rest are applied all the same. */
const SHOWN = 500;

type Tab = 'changes' | 'conflicts' | 'new' | 'deleted' | 'problems';

interface Props {
  preview: ImportChangesPreview;
  choices: ImportChoices;
  onChange: (c: ImportChoices) => void;
}

/** The preview in tabs: changed cells, conflicts, new lines, deleted lines, problems. */
export function PreviewSections({ preview: p, choices, onChange }: Props) {
  const wb = useWorkbook();
  const first: Tab = p.conflicts.length ? 'conflicts' : p.changes.length ? 'changes' : 'problems';
  const [tab, setTab] = useState<Tab>(first);
  const units = (c: string) => wb.dimensions.currencies.find((x) => x.code === c)?.minorUnits ?? 2;
  const money = (m: string, c: string) => formatMoney(m, units(c), { parens: true });
  const toggle = (key: string) => {
    const skipped = new Set(choices.skipped);
    if (skipped.has(key)) skipped.delete(key);
    else skipped.add(key);
    onChange({ ...choices, skipped });
  };
  const resolve = (key: string, side: 'excel' | 'outlay') =>
    onChange({ ...choices, resolutions: { ...choices.resolutions, [key]: side } });
  const resolveAll = (side: 'excel' | 'outlay') =>
    onChange({ ...choices, resolutions: Object.fromEntries(p.conflicts.map((c) => [c.key, side])) });
  const accept = (key: string, label: string) => (
    <td>
      <input
        type="checkbox"
        aria-label={`Apply ${label}`}
        data-testid={`import-changes-accept-${key}`}
        checked={!choices.skipped.has(key)}
        onChange={() => toggle(key)}
      />
    </td>
  );
  const tabButton = (id: Tab, label: string, count: number) => (
    <button
      type="button"
      role="tab"
      aria-selected={id === tab}
      className={id === tab ? 'active' : ''}
      data-testid={`import-changes-tab-${id}`}
      onClick={() => setTab(id)}
    >
      {label} <span className="muted small">{count}</span>
    </button>
  );

  return (
    <div className="import-changes-preview" data-testid="import-changes-preview">
      <div className="segmented" role="tablist" aria-label="Proposed changes">
        {tabButton('changes', 'Changed cells', p.changes.length)}
        {tabButton('conflicts', 'Conflicts', p.conflicts.length)}
        {tabButton('new', 'New lines', p.newLines.length)}
        {tabButton('deleted', 'Deleted lines', p.deletedLines.length)}
        {tabButton('problems', 'Problems', p.problems.length)}
      </div>
      <div className="import-changes-table" role="tabpanel" data-testid={`import-changes-panel-${tab}`}>
        {tab === 'changes' && (
          <table className="preview-table">
            <thead>
              <tr>
                <th>Apply</th>
                <th>Line</th>
                <th>Month</th>
                <th className="num">Outlay</th>
                <th className="num">Excel</th>
              </tr>
            </thead>
            <tbody>
              {p.changes.slice(0, SHOWN).map((c) => (
                <tr key={c.key} data-key={c.key}>
                  {accept(c.key, `${c.label} ${monthLabel(c.month)}`)}
                  <td>{c.label}</td>
                  <td>{monthLabel(c.month)}</td>
                  <td className="num" data-col="from">
                    {money(c.from, c.currency)}
                  </td>
                  <td className="num" data-col="to">
                    {money(c.to, c.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tab === 'conflicts' && (
          <>
            {p.conflicts.length > 1 && (
              <p className="import-changes-bulk">
                <button type="button" data-testid="import-changes-all-excel" onClick={() => resolveAll('excel')}>
                  Take Excel for all
                </button>
                <button type="button" data-testid="import-changes-all-outlay" onClick={() => resolveAll('outlay')}>
                  Keep Outlay for all
                </button>
              </p>
            )}
            <table className="preview-table">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Month</th>
                  <th className="num">Exported</th>
                  <th className="num">Outlay now</th>
                  <th className="num">Excel</th>
                  <th>Keep</th>
                </tr>
              </thead>
              <tbody>
                {p.conflicts.slice(0, SHOWN).map((c) => (
                  <tr key={c.key} data-key={c.key}>
                    <td>{c.label}</td>
                    <td>{monthLabel(c.month)}</td>
                    <td className="num">{money(c.base, c.currency)}</td>
                    <td className="num">{money(c.outlay, c.currency)}</td>
                    <td className="num">{money(c.excel, c.currency)}</td>
                    <td>
                      <div
                        role="radiogroup"
                        aria-label={`${c.label} ${monthLabel(c.month)}`}
                        className="import-changes-sides"
                      >
                        {(['excel', 'outlay'] as const).map((side) => (
                          <label key={side}>
                            <input
                              type="radio"
                              name={`resolve-${c.key}`}
                              data-testid={`import-changes-resolve-${side}-${c.key}`}
                              checked={choices.resolutions[c.key] === side}
                              onChange={() => resolve(c.key, side)}
                            />
                            {side === 'excel' ? 'Excel' : 'Outlay'}
                          </label>
                        ))}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {tab === 'new' && (
          <table className="preview-table">
            <thead>
              <tr>
                <th>Add</th>
                <th>Row</th>
                <th>Line</th>
                <th>Currency</th>
                <th className="num">FY total</th>
              </tr>
            </thead>
            <tbody>
              {p.newLines.slice(0, SHOWN).map((l) => (
                <tr key={l.key} data-key={l.key}>
                  {accept(l.key, l.label)}
                  <td>{l.place.row}</td>
                  <td>{l.label}</td>
                  <td>{l.fields.currency}</td>
                  <td className="num">{money(l.total, l.fields.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tab === 'deleted' && (
          <table className="preview-table">
            <thead>
              <tr>
                <th>Delete</th>
                <th>Line</th>
                <th>Currency</th>
                <th className="num">FY total now</th>
              </tr>
            </thead>
            <tbody>
              {p.deletedLines.slice(0, SHOWN).map((l) => (
                <tr key={l.lineId} data-key={l.lineId}>
                  {accept(l.lineId, l.label)}
                  <td>{l.label}</td>
                  <td>{l.currency}</td>
                  <td className="num">{money(l.total, l.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tab === 'problems' && (
          <ul className="import-changes-problems">
            {p.problems.length === 0 && <li className="muted">Every row of the file was understood.</li>}
            {p.problems.slice(0, SHOWN).map((x, i) => (
              <li key={i}>{x.message}</li>
            ))}
          </ul>
        )}
      </div>
      <More
        count={
          {
            changes: p.changes,
            conflicts: p.conflicts,
            new: p.newLines,
            deleted: p.deletedLines,
            problems: p.problems,
          }[tab].length
        }
      />
    </div>
  );
}

/** Says how many rows of a long list are not shown (and that they still count). */
function More({ count }: { count: number }) {
  if (count <= SHOWN) return null;
  return (
    <p className="muted small" data-testid="import-changes-more">
      Showing the first {SHOWN} of {count}; ticking applies to the rows shown, the rest are included as listed.
    </p>
  );
}
