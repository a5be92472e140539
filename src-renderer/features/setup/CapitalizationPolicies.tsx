import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { useWorkbook } from '../../state/WorkbookContext';
import { PolicyRow } from './PolicyRow';
import '../../styles/setup-accounting.css';

/**
 * The capitalization policy: one rule per asset class deciding CapEx or OpEx when an asset
 * is saved, and the life, method and convention it is depreciated with. Each row saves as
 * one capitalization/save-policy command or resets to the default; changes are
 * prospective, so saved assets keep the classification they were given.
 */
export function CapitalizationPolicies() {
  const wb = useWorkbook();
  const list = useQuery('capitalization/list-policies', {}, { staleOn: touches(TABLES.capitalization) });
  const base = wb.info.settings.baseCurrency;
  if (!list.data) return <div className="loading">{list.error ?? 'Loading…'}</div>;
  return (
    <div className="panel setup-panel-wide" data-testid="capitalization-policies">
      <h2>Capitalization policy</h2>
      <p className="muted">
        An asset is CapEx when its cost (per item, or the whole order for per-bundle classes) reaches the class
        threshold in {base}, otherwise OpEx; CapEx assets depreciate over the useful life. Changes apply to assets saved
        from now on: saved assets keep the classification they were given.
      </p>
      <div className="policy-scroll">
        <table className="policy-table">
          <thead>
            <tr>
              <th>Asset class</th>
              <th>Treatment</th>
              <th>Threshold ({base})</th>
              <th>Applies to</th>
              <th>Useful life</th>
              <th>Method</th>
              <th>Convention</th>
              <th>DB rate %</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.map((p) => (
              <PolicyRow key={JSON.stringify(p)} policy={p} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
