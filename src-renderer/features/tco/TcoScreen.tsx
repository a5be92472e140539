import { useMemo, useState } from 'react';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/tco.css';
import { applyEdits, editorKeys, parseYears, savedValue } from './model-fields';
import { refusalAt } from './refusal';
import { TcoBreakEven } from './TcoBreakEven';
import { TcoCharts } from './TcoCharts';
import { TcoDuplicateDialog } from './TcoDuplicateDialog';
import { TcoInputs } from './TcoInputs';
import { TcoKpis } from './TcoKpis';
import { TcoPicker } from './TcoPicker';
import { TcoYearTable } from './TcoYearTable';
import { useTcoCall } from './useTcoCall';

const stale = { staleOn: touches(TABLES.tco) };

/**
 * Total cost of ownership: pick a saved model, see what each alternative costs (KPIs, years
 * side by side, cumulative cash with break-even, the inputs that move the NPV most) and
 * try changes as an unsaved what-if before saving them. Writes are undoable commands.
 */
export default function TcoScreen() {
  const { lookups } = useWorkbook();
  const list = useQuery('tco/list', {}, stale);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const models = list.data ?? [];
  const id = models.find((m) => m.id === pickedId)?.id ?? models[0]?.id ?? null;
  const saved = useQuery('tco/get', { id: id ?? '' }, { ...stale, enabled: id !== null });
  const current = saved.data?.id === id ? saved.data : undefined;
  // Edits belong to one model: choosing another starts from its saved values.
  const [edited, setEdited] = useState<{ id: string | null; edits: Map<string, string> }>({
    id: null,
    edits: new Map(),
  });
  const edits = edited.id === id ? edited.edits : new Map<string, string>();
  const [dialog, setDialog] = useState<'duplicate' | 'delete' | null>(null);
  const save = useCommand({ toast: false });
  const cmd = useCommand();

  const draft = useMemo(() => (current ? applyEdits(current.model, edits) : null), [current, edits]);
  const modelRef = edits.size > 0 && draft ? { model: draft } : id ? { id } : null;
  const compute = useTcoCall('tco/compute', current ? modelRef : null);
  const result = compute.data;
  const minorUnits = result ? (lookups.minorUnits.get(result.currency) ?? result.minorUnits) : 2;

  const yearsText = edits.get('model|years');
  const localErrors = new Map<string, string>();
  if (yearsText !== undefined && parseYears(yearsText) === null) localErrors.set('model|years', 'Whole years, e.g. 5.');
  const shown = useMemo(() => (current ? editorKeys(current.model) : new Set<string>()), [current]);
  const computeErr = refusalAt(edits.size > 0 ? compute.error : null, shown);
  const saveErr = refusalAt(save.error, shown);
  const errors = new Map([...computeErr.fields, ...saveErr.fields, ...localErrors]);

  const onEdit = (key: string, text: string) => {
    save.clearError();
    const next = new Map(edits);
    // Typing the saved value back ends the edit, so an untouched model stays "saved".
    if (current && text === savedValue(current.model, key)) next.delete(key);
    else next.set(key, text);
    setEdited({ id, edits: next });
  };

  const onSave = async () => {
    if (!current || !draft || localErrors.size > 0) return;
    const done = await save.run('tco/save', {
      id: current.id,
      name: current.name,
      description: current.description,
      model: draft,
    });
    if (done) {
      setEdited({ id, edits: new Map() });
      notify('info', `Saved "${current.name}". Undo restores the previous inputs.`);
    }
  };
  const onDelete = async () => {
    setDialog(null);
    if (!current) return;
    if (await cmd.run('tco/delete', { id: current.id })) {
      setPickedId(null);
      notify('info', `Deleted "${current.name}". Undo brings it back.`);
    }
  };

  const error = list.error ?? saved.error;
  return (
    <div className="tco-screen" data-testid="tco-screen">
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <TcoPicker
        models={models}
        selectedId={id}
        onSelect={setPickedId}
        onDuplicate={() => setDialog('duplicate')}
        onDelete={() => setDialog('delete')}
      />
      {current && (
        <div className="tco-body">
          <TcoInputs
            model={current.model}
            edits={edits}
            errors={errors}
            formError={saveErr.other ?? computeErr.other}
            busy={save.busy}
            onEdit={onEdit}
            onSave={() => void onSave()}
            onReset={() => {
              save.clearError();
              setEdited({ id, edits: new Map() });
            }}
          />
          <div className="tco-results" data-testid="tco-results" aria-busy={compute.loading}>
            {result && (
              <>
                <TcoKpis result={result} minorUnits={minorUnits} />
                <TcoCharts result={result} minorUnits={minorUnits} modelRef={modelRef ?? { id: current.id }} />
                <TcoBreakEven result={result} />
                <TcoYearTable result={result} minorUnits={minorUnits} />
              </>
            )}
          </div>
        </div>
      )}
      {dialog === 'duplicate' && current && (
        <TcoDuplicateDialog
          source={current}
          onClose={() => setDialog(null)}
          onDone={(newId) => {
            setDialog(null);
            setPickedId(newId);
          }}
        />
      )}
      {dialog === 'delete' && current && (
        <ConfirmDialog
          title="Delete TCO model"
          message={`Delete "${current.name}"? Undo in the header brings it back.`}
          confirmLabel="Delete"
          danger
          onConfirm={() => void onDelete()}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}
