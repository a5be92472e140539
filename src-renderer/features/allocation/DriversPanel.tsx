import { useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import type { AllocationDriverRecord } from '../../../src-shared/model/allocation';
import { useClient } from '../../api/ApiProvider';
import { errorMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { Field, Select, type Option } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { readDriverPaste } from './driver-paste';

interface Row {
  target: string;
  name: string;
  quantity: string;
  /** The every-month value shown greyed when the period has none of its own. */
  inherited: boolean;
}

const KINDS = [
  { value: 'bu', label: 'Business units' },
  { value: 'cc', label: 'Cost centers' },
  { value: 'svc', label: 'Services' },
];

/** Driver tables: add one, then edit its quantity per target (all months, or one month) in a grid. */
export function DriversPanel(props: {
  drivers: readonly AllocationDriverRecord[];
  nodes: readonly Option[];
  period: string;
}) {
  const client = useClient();
  const { run, busy } = useCommand();
  const [selected, setSelected] = useState<string>('');
  const [kind, setKind] = useState('bu');
  const [scope, setScope] = useState<'' | 'month'>('');
  const [draft, setDraft] = useState({ code: '', name: '', unit: '' });
  const apiRef = useRef<GridApi<Row> | null>(null);
  const driver = props.drivers.find((d) => d.id === selected) ?? props.drivers[0];
  const period = scope === 'month' ? props.period : '';

  const rows = useMemo<Row[]>(() => {
    const values = driver?.values ?? [];
    const every = new Map(values.filter((v) => v.period === '').map((v) => [v.target, v.quantity]));
    const own = new Map(values.filter((v) => v.period === period).map((v) => [v.target, v.quantity]));
    const shown = props.nodes.filter((n) => n.value.startsWith(`${kind}:`) || own.has(n.value) || every.has(n.value));
    return shown.map((n) => ({
      target: n.value,
      name: n.label,
      quantity: own.get(n.value) ?? every.get(n.value) ?? '',
      inherited: !own.has(n.value) && every.has(n.value),
    }));
  }, [driver, props.nodes, kind, period]);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'target', headerName: 'Target', width: 150 },
      { field: 'name', headerName: 'Name', flex: 1, minWidth: 160 },
      {
        field: 'quantity',
        headerName: driver?.unit ? `Quantity (${driver.unit})` : 'Quantity',
        width: 150,
        editable: true,
        type: 'rightAligned',
        cellClassRules: { muted: (p) => p.data?.inherited === true },
      },
    ],
    [driver],
  );

  const onEdit = async (e: CellEditRequestEvent<Row>) => {
    if (!driver || e.newValue === e.oldValue) return;
    const text = String(e.newValue ?? '')
      .trim()
      .replace(/\s/g, '');
    try {
      await client.call('allocation/set-driver-values', {
        driverId: driver.id,
        period,
        values: [{ target: e.data.target, quantity: text === '' ? null : text }],
      });
    } catch (err) {
      notify('error', errorMessage(err));
    }
  };

  /** A block pasted from Excel: one undoable command for all its quantities, or nothing when a cell is bad. */
  const onPaste = async (e: ClipboardEvent<HTMLDivElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!driver || !text) return;
    e.preventDefault();
    const shown: Row[] = [];
    apiRef.current?.forEachNodeAfterFilterAndSort((n) => n.data && shown.push(n.data));
    const start = apiRef.current?.getFocusedCell()?.rowIndex ?? 0;
    const { values, problems } = readDriverPaste(text, shown, start);
    if (problems.length > 0) {
      notify('error', `Nothing pasted into ${driver.code}: ${problems.slice(0, 3).join('; ')}`);
      return;
    }
    await run('allocation/set-driver-values', { driverId: driver.id, period, values });
  };

  const add = async () => {
    const r = await run('allocation/save-driver', draft);
    if (r) {
      setSelected(r.id);
      setDraft({ code: '', name: '', unit: '' });
    }
  };

  return (
    <section className="panel allocation-drivers" aria-label="Driver tables" data-testid="allocation-drivers">
      <h3>Driver tables</h3>
      <div className="allocation-form-row">
        <Field label="Code">
          <input
            data-testid="driver-code"
            value={draft.code}
            onChange={(e) => setDraft({ ...draft, code: e.target.value })}
          />
        </Field>
        <Field label="Name">
          <input
            data-testid="driver-name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </Field>
        <Field label="Unit">
          <input
            data-testid="driver-unit"
            value={draft.unit}
            onChange={(e) => setDraft({ ...draft, unit: e.target.value })}
          />
        </Field>
        <button type="button" data-testid="driver-add" disabled={busy || !draft.code} onClick={() => void add()}>
          Add driver table
        </button>
      </div>
      {driver && (
        <>
          <div className="allocation-form-row">
            <Field label="Driver table">
              <Select
                testId="driver-select"
                value={driver.id}
                options={props.drivers.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
                onChange={setSelected}
              />
            </Field>
            <Field label="Show">
              <Select testId="driver-kind" value={kind} options={KINDS} onChange={setKind} />
            </Field>
            <Field label="Quantities for">
              <Select
                testId="driver-scope"
                value={scope}
                options={[
                  { value: '', label: 'Every month' },
                  { value: 'month', label: props.period },
                ]}
                onChange={(v) => setScope(v === 'month' ? 'month' : '')}
              />
            </Field>
          </div>
          <div className="grid-host allocation-driver-grid" data-testid="driver-grid" onPaste={(e) => void onPaste(e)}>
            <AgGridReact<Row>
              theme={gridTheme}
              rowData={rows}
              columnDefs={columns}
              defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
              getRowId={(p) => p.data.target}
              readOnlyEdit
              onCellEditRequest={(e) => void onEdit(e)}
              stopEditingWhenCellsLoseFocus
              onGridReady={(e) => (apiRef.current = e.api)}
            />
          </div>
        </>
      )}
    </section>
  );
}
