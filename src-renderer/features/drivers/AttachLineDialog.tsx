import { useState } from 'react';
import type { Driver, DriverLineModel } from '../../../src-shared/model/drivers';
import { TABLES, touches } from '../../api/stale';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
// The contracts' escalation editor: a driver's unit rate escalates by the same rules.
import { EscalationEditor } from '../contracts/EscalationEditor';
import { escalationDraft, escalationSpec, type EscalationDraft } from '../contracts/escalation-draft';
import type { FieldErrors } from '../contracts/draft-parse';

interface Form {
  lineId: string;
  driverId: string;
  fixedAmount: string;
  unitRate: string;
  tierSize: string;
  tierAmount: string;
  startMonth: string;
  endMonth: string;
}

function formOf(m: DriverLineModel | null, driverId: string, startMonth: string): Form {
  return {
    lineId: m?.lineId ?? '',
    driverId: m?.driverId ?? driverId,
    fixedAmount: m?.fixedAmount ?? '0',
    unitRate: m?.unitRate ?? '',
    tierSize: m?.tierSize ?? '',
    tierAmount: m?.tierAmount ?? '',
    startMonth: m?.startMonth ?? startMonth,
    endMonth: m?.endMonth ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * Cost a budget line from a driver: fixed + unit rate (escalating by any contract rule) ×
 * driver + a tier amount for every started tier. Saving recomputes the line's amounts in
 * the same undoable command; a refusal shows at the field it names.
 */
export function AttachLineDialog({
  scenarioId,
  fiscalYear,
  drivers,
  model,
  onClose,
}: {
  scenarioId: string;
  fiscalYear: number;
  drivers: readonly Driver[];
  model: DriverLineModel | null;
  onClose: () => void;
}) {
  const grid = useQuery('budget/get-grid', { scenarioId, fiscalYear }, { staleOn: touches(TABLES.budget) });
  const [f, setF] = useState<Form>(() => formOf(model, drivers[0]?.id ?? '', grid.data?.months[0] ?? ''));
  const startMonth = f.startMonth || grid.data?.months[0] || '';
  const cmd = useCommand({ toast: false });
  const field = cmd.error?.details?.field;
  const errorAt = (name: string) => (field === name ? cmd.error!.message : null);
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const [esc, setEsc] = useState<EscalationDraft>(() => escalationDraft(model?.escalation ?? { kind: 'none' }));
  const [escTyped, setEscTyped] = useState<FieldErrors>({});
  // A refusal of the service about the rule shows in the editor, at its field.
  const escErrors: FieldErrors =
    typeof field === 'string' && field.startsWith('escalation')
      ? { ...escTyped, [field === 'escalation' ? 'escalation.kind' : field]: cmd.error!.message }
      : escTyped;

  const submit = async () => {
    const typed: FieldErrors = {};
    const escalation = escalationSpec(esc, typed);
    setEscTyped(typed);
    if (Object.keys(typed).length > 0) return;
    const done = await cmd.run('drivers/attach-line', {
      model: {
        lineId: f.lineId,
        driverId: f.driverId,
        fixedAmount: f.fixedAmount.trim() || '0',
        unitRate: f.unitRate,
        escalation,
        tierSize: orNull(f.tierSize),
        tierAmount: orNull(f.tierAmount),
        startMonth,
        endMonth: orNull(f.endMonth),
      },
    });
    if (done) {
      notify('info', 'Driver model saved; the line’s budget amounts were recomputed.');
      onClose();
    }
  };
  const known = new Set([
    'lineId',
    'driverId',
    'fixedAmount',
    'unitRate',
    'tierSize',
    'tierAmount',
    'startMonth',
    'endMonth',
  ]);
  const other = cmd.error && !(typeof field === 'string' && (known.has(field) || field.startsWith('escalation')));

  return (
    <FormDialog
      title={model ? 'Edit driver model' : 'Cost a line from a driver'}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Save"
      submitTestId="attach-line-save"
      busy={cmd.busy}
      testId="attach-line-dialog"
      errorTestId="attach-line-error"
      {...(other ? { error: cmd.error!.message } : {})}
    >
      <Field label="Budget line" error={errorAt('lineId')}>
        <select value={f.lineId} onChange={set('lineId')} disabled={model !== null} data-testid="attach-line-line">
          <option value="">Choose a line…</option>
          {(grid.data?.lines ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.description || l.id} ({l.currency})
            </option>
          ))}
        </select>
      </Field>
      <Field label="Driver" error={errorAt('driverId')}>
        <select value={f.driverId} onChange={set('driverId')} data-testid="attach-line-driver">
          {drivers.map((d) => (
            <option key={d.id} value={d.id}>
              {d.code} — {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Fixed amount per month" error={errorAt('fixedAmount')}>
        <input value={f.fixedAmount} onChange={set('fixedAmount')} data-testid="attach-line-fixed" />
      </Field>
      <Field label="Unit rate per driver unit and month" error={errorAt('unitRate')}>
        <input value={f.unitRate} onChange={set('unitRate')} data-testid="attach-line-rate" />
      </Field>
      <EscalationEditor value={esc} onChange={(patch) => setEsc({ ...esc, ...patch })} errors={escErrors} />
      <Field label="Tier size (units per tier)" hint="Optional: a new tier every N units." error={errorAt('tierSize')}>
        <input value={f.tierSize} onChange={set('tierSize')} data-testid="attach-line-tier-size" />
      </Field>
      <Field label="Amount per started tier and month" error={errorAt('tierAmount')}>
        <input value={f.tierAmount} onChange={set('tierAmount')} data-testid="attach-line-tier-amount" />
      </Field>
      <Field label="From month" error={errorAt('startMonth')}>
        <input type="month" value={startMonth} onChange={set('startMonth')} data-testid="attach-line-start" />
      </Field>
      <Field label="Until month (optional)" error={errorAt('endMonth')}>
        <input type="month" value={f.endMonth} onChange={set('endMonth')} data-testid="attach-line-end" />
      </Field>
    </FormDialog>
  );
}
