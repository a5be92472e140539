import { useState } from 'react';
import type { Scenario } from '../../../src-shared/model';
import { ConfirmDialog, FormDialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { useCommand } from '../../api/useCommand';
import { notify } from '../../api/notifications';
import { useWorkbook } from '../../state/WorkbookContext';

type Editing = { mode: 'create' } | { mode: 'rename'; scenario: Scenario };

/** The workbook's scenarios with create, rename and delete. */
export function ScenarioList() {
  const wb = useWorkbook();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Scenario | null>(null);
  const del = useCommand();
  const byId = new Map(wb.scenarios.map((s) => [s.id, s]));

  return (
    <section className="panel">
      <div className="panel-head">
        <h2>Scenarios</h2>
        <button
          type="button"
          className="primary"
          data-testid="new-scenario"
          onClick={() => setEditing({ mode: 'create' })}
        >
          + New scenario
        </button>
      </div>
      <table className="table" data-testid="scenario-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Kind</th>
            <th>Copied from</th>
            <th>Created</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {wb.scenarios.map((s) => (
            <tr
              key={s.id}
              data-testid="scenario-row"
              data-name={s.name}
              className={s.id === wb.scenarioId ? 'current' : undefined}
            >
              <td>
                <button
                  type="button"
                  className="link"
                  title="Show in the budget"
                  onClick={() => {
                    wb.setScenarioId(s.id);
                    wb.setArea('budget');
                  }}
                >
                  {s.name}
                </button>
              </td>
              <td>{s.kind === 'baseline' ? 'Baseline' : 'What-if'}</td>
              <td>{s.copiedFromId ? (byId.get(s.copiedFromId)?.name ?? '(deleted)') : '—'}</td>
              <td className="muted">{s.createdAt.slice(0, 10)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  data-testid="rename-scenario"
                  onClick={() => setEditing({ mode: 'rename', scenario: s })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  data-testid="delete-scenario"
                  disabled={s.kind === 'baseline'}
                  title={s.kind === 'baseline' ? 'The baseline cannot be deleted' : undefined}
                  onClick={() => setDeleting(s)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && <ScenarioDialog editing={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title="Delete scenario"
          danger
          confirmLabel="Delete scenario"
          message={`Delete the scenario “${deleting.name}” and all its budget lines? You can undo this.`}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const s = deleting;
            setDeleting(null);
            if (await del.run('scenario/delete', { id: s.id })) notify('info', `Deleted scenario “${s.name}”.`);
          }}
        />
      )}
    </section>
  );
}

function ScenarioDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const wb = useWorkbook();
  const cmd = useCommand({ toast: false });
  const [name, setName] = useState(editing.mode === 'rename' ? editing.scenario.name : '');
  const [source, setSource] = useState(wb.scenarioId);
  const create = editing.mode === 'create';

  const submit = async () => {
    if (create) {
      const r = await cmd.run('scenario/create', { name, fromScenarioId: source });
      if (r) {
        notify('info', `Created scenario “${r.scenario.name}”.`);
        onClose();
      }
    } else if (await cmd.run('scenario/rename', { id: editing.scenario.id, name })) onClose();
  };

  return (
    <FormDialog
      title={create ? 'New scenario' : `Rename “${editing.mode === 'rename' ? editing.scenario.name : ''}”`}
      onClose={onClose}
      testId="scenario-dialog"
      onSubmit={() => void submit()}
      submitLabel={create ? 'Create' : 'Rename'}
      submitTestId="scenario-submit"
      busy={cmd.busy}
      formClassName="form-stack"
    >
      <Field label="Name" error={cmd.error?.message}>
        <input data-testid="scenario-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </Field>
      {create && (
        <Field label="Copy lines from">
          <Select
            testId="scenario-source"
            value={source}
            options={wb.scenarios.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setSource}
          />
        </Field>
      )}
      <button type="submit" hidden />
    </FormDialog>
  );
}
