import { useState } from 'react';
import { useCommand } from '../../api/useCommand';
import type { FieldErrors } from './draft-parse';
import { refusalErrors } from './form-errors';

/**
 * The state of a dialog that edits a draft and sends it as one command: the draft, the
 * form's own errors and the service's refusal (shown at the fields `shows` accepts, the
 * rest as one general message). Any change clears both, so an error never outlives the
 * value it was about.
 */
export function useDraftForm<D extends object, I>(
  initial: D,
  shows: (field: string) => boolean,
  toInput: (draft: D) => { input: I; errors: FieldErrors },
) {
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<FieldErrors>({});
  const cmd = useCommand({ toast: false });
  const refusal = refusalErrors(cmd.error, shows);

  const set = (patch: Partial<D>) => {
    cmd.clearError();
    setLocal({});
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setField = <K extends keyof D>(key: K, value: D[K]) => {
    const patch: Partial<D> = {};
    patch[key] = value;
    set(patch);
  };
  /** The input to send, or null when the form's own checks found problems (then shown at their fields). */
  const checked = (): I | null => {
    const { input, errors } = toInput(draft);
    setLocal(errors);
    return Object.keys(errors).length > 0 ? null : input;
  };

  return { draft, set, setField, checked, cmd, refusal, errors: { ...local, ...refusal.fields } };
}
