import { useMemo, useState } from 'react';
import type { Asset } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/assets.css';
import { AssetDetail } from './AssetDetail';
import { AssetDialog } from './AssetDialog';
import { draftFromAsset, emptyDraft, localToday, type AssetDraft } from './asset-form';
import { classLabeller, filterAssets, NO_FILTER, type RegisterFilter } from './asset-register';
import { AssetRegister } from './AssetRegister';
import type { AssetRow } from './register-columns';

/**
 * Fixed assets: the register (what was bought, how it was classified and where it stands
 * at the selected fiscal year's end) and, for the selected asset, its depreciation
 * schedule, chart and events. Every change is one undoable command; the screen follows
 * undo and changes made elsewhere through the workbook/changed event.
 */
export default function AssetsScreen() {
  const wb = useWorkbook();
  const { fiscalYear, lookups } = wb;
  const assets = useQuery('assets/list', {}, { staleOn: touches(TABLES.assets) });
  const policies = useQuery('capitalization/list-policies', {}, { staleOn: touches(TABLES.capitalization) });
  // Status and NBV come from each asset's schedule, computed by the engine for the year.
  const positions = useQuery(
    'assets/list-positions',
    { fiscalYear },
    { staleOn: touches(TABLES.assets, TABLES.accountingSettings, TABLES.fx) },
  );
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<AssetDraft | null>(null);
  const [deleting, setDeleting] = useState<Asset | null>(null);
  const cmd = useCommand();

  const classLabel = useMemo(() => classLabeller(policies.data), [policies.data]);
  const rows = useMemo<AssetRow[]>(() => {
    if (!assets.data || !positions.data) return [];
    const at = new Map(positions.data.map((p) => [p.assetId, p]));
    return assets.data.flatMap((a) => {
      // An asset added since the positions were read shows once they catch up.
      const p = at.get(a.id);
      return p
        ? [
            {
              ...a,
              kind: 'asset' as const,
              classLabel: classLabel(a.assetClass),
              status: p.status,
              nbv: p.netBookValueAtYearEnd,
              expenseInYear: p.expenseInYear,
            },
          ]
        : [];
    });
  }, [assets.data, positions.data, classLabel]);
  const shown = useMemo(() => filterAssets(rows, filter, classLabel), [rows, filter, classLabel]);
  const selected = rows.find((r) => r.id === selectedId) ?? null;

  const openEdit = (a: Asset) =>
    setDialog(
      draftFromAsset(
        a,
        policies.data?.find((p) => p.assetClass === a.assetClass),
        lookups.minorUnits.get(a.currency) ?? 2,
      ),
    );
  const remove = async (a: Asset) => {
    setDeleting(null);
    const done = await cmd.run('assets/delete', { id: a.id });
    if (done) {
      if (selectedId === a.id) setSelectedId(null);
      notify('info', `Deleted asset ${a.code}. Undo brings it back with its events.`);
    }
  };
  const error = assets.error ?? policies.error ?? positions.error;

  return (
    <div className="assets-screen" data-testid="assets-screen">
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <AssetRegister
        rows={rows}
        shown={shown}
        filter={filter}
        onFilter={setFilter}
        classLabel={classLabel}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onAdd={() => setDialog(emptyDraft(wb.info.settings.baseCurrency, localToday()))}
        loading={!assets.data || !positions.data}
      />
      {selected ? (
        <AssetDetail
          key={selected.id}
          asset={selected}
          classLabel={selected.classLabel}
          statusAtYearEnd={selected.status}
          onEdit={() => openEdit(selected)}
          onDelete={() => setDeleting(selected)}
        />
      ) : (
        <div className="panel asset-detail-empty muted" data-testid="asset-detail-empty">
          Select an asset to see its depreciation schedule, chart and events.
        </div>
      )}
      {dialog && (
        <AssetDialog
          initial={dialog}
          policies={policies.data ?? []}
          onClose={() => setDialog(null)}
          onSaved={(a) => {
            setDialog(null);
            setSelectedId(a.id);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete asset"
          danger
          confirmLabel="Delete"
          message={`Delete ${deleting.code} ${deleting.name}${
            deleting.events.length ? ` and its ${deleting.events.length} event(s)` : ''
          }? Undo brings it back.`}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </div>
  );
}
