import { useState } from 'react';
import type { SavedTcoModel } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

/** Ask a name for a copy of the model, then make it (one undoable command). */
export function TcoDuplicateDialog({
  source,
  onClose,
  onDone,
}: {
  source: SavedTcoModel;
  onClose: () => void;
  onDone: (id: string) => void;
}) {
  const [name, setName] = useState(`${source.name} (copy)`);
  const cmd = useCommand({ toast: false });
  const submit = async () => {
    const done = await cmd.run('tco/duplicate', { id: source.id, name });
    if (done) {
      notify('info', `Copied "${source.name}" as "${name.trim()}".`);
      onDone(done.id);
    }
  };
  return (
    <FormDialog
      title="Duplicate TCO model"
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Duplicate"
      submitTestId="tco-duplicate-save"
      busy={cmd.busy}
      testId="tco-duplicate-dialog"
    >
      <Field label="Name of the copy" error={cmd.error?.message ?? null}>
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="tco-duplicate-name" />
      </Field>
    </FormDialog>
  );
}
