import { useMemo, useState } from 'react';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/tco.css';
import type { EditorApi } from './editor-api';
import { editorKeys } from './model-fields';
import { inputKey } from './model-paths';
import { refusalAt } from './refusal';
import { TcoBreakEven } from './TcoBreakEven';
import { TcoCharts } from './TcoCharts';
import { TcoDuplicateDialog } from './TcoDuplicateDialog';
import { TcoInputs } from './TcoInputs';
import { TcoKpis } from './TcoKpis';
import { TcoPicker } from './TcoPicker';
import { TcoPostDialog } from './TcoPostDialog';
import { TcoYearTable } from './TcoYearTable';
import { useTcoCall } from './useTcoCall';
import { useTcoDraft } from './useTcoDraft';

const stale = { staleOn: touches(TABLES.tco) };

/**
 * Total cost of ownership: pick a saved model, edit every input (lists included) as an
 * unsaved what-if recomputed live, see what each alternative costs (KPIs, years side by
 * side, cumulative cash with break-even, the inputs that move the NPV most), save it and
 * post an alternative into a scenario's budget. Writes are undoable commands.
 */
export default function TcoScreen() {
  const { lookups } = useWorkbook();
  const list = useQuery('tco/list', {}, stale);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const models = list.data ?? [];
  const id = models.find((m) => m.id === pickedId)?.id ?? models[0]?.id ?? null;
  const saved = useQuery('tco/get', { id: id ?? '' }, { ...stale, enabled: id !== null });
  const current = saved.data?.id === id ? saved.data : undefined;
  const register = useQuery('assets/list', {}, { staleOn: touches(TABLES.assets) }).data ?? [];
  const [dialog, setDialog] = useState<'duplicate' | 'delete' | 'post' | null>(null);
  const save = useCommand({ toast: false });
  const cmd = useCommand();

  const { draft, dirty, ed, reset, addAlternative, removeAlternative } = useTcoDraft(current);
  const modelRef = dirty && draft ? { model: draft } : id ? { id } : null;
  const compute = useTcoCall('tco/compute', current ? modelRef : null);
  const result = compute.data;
  const minorUnits = result ? (lookups.minorUnits.get(result.currency) ?? result.minorUnits) : 2;

  const shown = useMemo(() => (draft ? editorKeys(draft) : new Set<string>()), [draft]);
  const computeErr = refusalAt(dirty ? compute.error : null, shown);
  const saveErr = refusalAt(save.error, shown);
  const errors = new Map([...computeErr.fields, ...saveErr.fields]);
  const editor: EditorApi = {
    ...ed,
    errorAt: (item, path) => errors.get(inputKey(item, path)),
    set: (item, path, value) => {
      save.clearError();
      ed.set(item, path, value);
    },
  };

  const onSave = async () => {
    if (!current || !draft || !dirty) return;
    const done = await save.run('tco/save', {
      id: current.id,
      name: current.name,
      description: current.description,
      model: draft,
    });
    if (done) {
      reset();
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
        onPost={() => setDialog('post')}
        postDisabled={dirty ? 'Save the model first: the posting uses the saved inputs.' : null}
      />
      {current && (
        <div className="tco-body">
          {draft && (
            <TcoInputs
              model={draft}
              ed={editor}
              dirty={dirty}
              register={register}
              result={result}
              minorUnits={minorUnits}
              formError={saveErr.other ?? computeErr.other}
              busy={save.busy}
              onAddAlternative={addAlternative}
              onRemoveAlternative={removeAlternative}
              onSave={() => void onSave()}
              onReset={() => {
                save.clearError();
                reset();
              }}
            />
          )}
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
      {dialog === 'post' && current && <TcoPostDialog model={current} onClose={() => setDialog(null)} />}
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
