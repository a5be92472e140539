import { useState } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { useWorkbook } from '../../state/WorkbookContext';
import { RateCardEditor } from './RateCardEditor';
import { measureOf, RATES_STALE } from './rates-stale';

/**
 * The selected fiscal year's rate cards by version and status, a button drafting the next
 * version at the proposed rates, and the editor of the card picked (the newest by default).
 */
export function RateCardsTab() {
  const wb = useWorkbook();
  const cards = useQuery('rates/list-cards', { fiscalYear: wb.fiscalYear }, { staleOn: RATES_STALE });
  const [picked, setPicked] = useState<string | null>(null);
  const draft = useCommand();
  const list = cards.data ?? [];
  const openId = list.some((c) => c.id === picked) ? picked : (list[0]?.id ?? null);

  const newDraft = async () => {
    const done = await draft.run('rates/draft-card', {
      fiscalYear: wb.fiscalYear,
      basis: 'utilization',
      markupPct: '0',
      measure: measureOf(wb.basis),
    });
    if (done) {
      notify('info', `Draft rate card v${done.version} created at the proposed rates.`);
      setPicked(done.id);
    }
  };

  return (
    <>
      <section className="panel" aria-label="Rate cards">
        <div className="toolbar">
          <h3>Rate cards · {fiscalYearLabel(wb.fiscalYear)}</h3>
          <div className="toolbar-spacer" />
          <button
            type="button"
            className="primary"
            disabled={draft.busy}
            onClick={() => void newDraft()}
            data-testid="rates-card-new"
          >
            Draft new version
          </button>
        </div>
        {cards.error && (
          <div className="banner banner-error" role="alert">
            {cards.error}
          </div>
        )}
        {list.length === 0 ? (
          <p className="muted">No rate card for this year yet: draft one from the allocated cost pools and volumes.</p>
        ) : (
          <table className="rates-card-list" data-testid="rates-card-list">
            <thead>
              <tr>
                <th>Version</th>
                <th>Status</th>
                <th>Basis</th>
                <th>Markup %</th>
                <th>Created</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id} data-testid={`rates-card-row-${c.version}`} aria-selected={c.id === openId}>
                  <td>v{c.version}</td>
                  <td>
                    {c.status === 'draft' ? 'Draft' : 'Published'}
                    {c.current ? ' (in force)' : ''}
                  </td>
                  <td>{c.basis === 'capacity' ? 'Peak capacity' : 'Utilization'}</td>
                  <td>{c.markupPct}</td>
                  <td>
                    {c.createdAt.slice(0, 10)} {c.createdBy}
                  </td>
                  <td>
                    <button type="button" onClick={() => setPicked(c.id)} data-testid={`rates-card-open-${c.version}`}>
                      Open
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {openId && <RateCardEditor key={openId} cardId={openId} onGone={() => setPicked(null)} />}
    </>
  );
}
