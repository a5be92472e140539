import { useState } from 'react';
import { addMonths, isMonthKey } from '../../../src-shared/calendar/fiscal';
import type { SavedTcoModel, TcoView } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { codeOptions, Field, Select } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/tco-post.css';
import { useTcoCall } from './useTcoCall';

interface PostForm {
  alternativeId: string;
  scenarioId: string;
  view: TcoView;
  fromMonth: string;
  costCenterId: string;
  serviceId: string;
  accountIdOpex: string;
  accountIdCapex: string;
  vendorId: string;
}

/** "YYYY-MM" of every month of a model of `years` years from `start` (none for a start that is not a month). */
function modelMonths(start: string, years: number): string[] {
  if (!isMonthKey(start)) return [];
  return Array.from({ length: years * 12 }, (_, i) => addMonths(start, i));
}

/**
 * Post one alternative of the saved model into a scenario's budget lines: pick the
 * alternative, scenario, view and the lines' dimensions, see the lines a dry run would
 * make (new or replacing an earlier posting), then post them as one undoable command.
 */
export function TcoPostDialog({ model, onClose }: { model: SavedTcoModel; onClose: () => void }) {
  const { scenarios, scenarioId, dimensions, lookups } = useWorkbook();
  const alternatives = model.model.alternatives;
  const opex = dimensions.accounts.filter((a) => a.expenseType === 'OpEx');
  const capex = dimensions.accounts.filter((a) => a.expenseType === 'CapEx');
  const months = modelMonths(model.model.startMonth, model.model.years);
  const [form, setForm] = useState<PostForm>({
    alternativeId: alternatives[0]?.id ?? '',
    scenarioId,
    view: 'cash',
    fromMonth: '',
    costCenterId: dimensions.costCenters[0]?.id ?? '',
    serviceId: dimensions.services[0]?.id ?? '',
    accountIdOpex: opex[0]?.id ?? '',
    accountIdCapex: capex[0]?.id ?? '',
    vendorId: '',
  });
  const set = (k: Exclude<keyof PostForm, 'view'>) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const args = {
    modelId: model.id,
    alternativeId: form.alternativeId,
    scenarioId: form.scenarioId,
    view: form.view,
    costCenterId: form.costCenterId,
    serviceId: form.serviceId,
    accountIdOpex: form.accountIdOpex,
    ...(form.accountIdCapex ? { accountIdCapex: form.accountIdCapex } : {}),
    ...(form.vendorId ? { vendorId: form.vendorId } : {}),
    ...(form.fromMonth ? { fromMonth: form.fromMonth } : {}),
  };
  const preview = useTcoCall('posting/post-tco', { ...args, dryRun: true });
  const cmd = useCommand({ toast: false });
  const mu = preview.data ? (lookups.minorUnits.get(preview.data.currency) ?? 2) : 2;
  const errField = (cmd.error ?? preview.error)?.details?.field;
  const errorAt = (field: string) => (errField === field ? (cmd.error ?? preview.error)!.message : null);
  const submit = async () => {
    const done = await cmd.run('posting/post-tco', { ...args, dryRun: false });
    if (done) {
      const scenario = scenarios.find((s) => s.id === form.scenarioId)?.name ?? '';
      notify('info', `Posted ${done.lines.length} budget lines into "${scenario}". Undo takes them back.`);
      onClose();
    }
  };
  const generalError = cmd.error && typeof errField !== 'string' ? cmd.error.message : null;
  return (
    <FormDialog
      title={`Post "${model.name}" to the budget`}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Post"
      submitTestId="tco-post-submit"
      busy={cmd.busy || !preview.data || preview.error !== null}
      error={generalError}
      errorTestId="tco-post-error"
      testId="tco-post-dialog"
      width={720}
    >
      <Field label="Alternative" error={errorAt('alternativeId')}>
        <Select
          value={form.alternativeId}
          options={alternatives.map((a) => ({ value: a.id, label: a.name }))}
          onChange={set('alternativeId')}
          testId="tco-post-alternative"
        />
      </Field>
      <Field label="Scenario" error={errorAt('scenarioId')}>
        <Select
          value={form.scenarioId}
          options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
          onChange={set('scenarioId')}
          testId="tco-post-scenario"
        />
      </Field>
      <Field label="View">
        <Select
          value={form.view}
          options={[
            { value: 'cash', label: 'Cash (hardware when bought)' },
            { value: 'pnl', label: 'P&L (depreciation and write-offs)' },
          ]}
          onChange={(v) => setForm((f) => ({ ...f, view: v === 'pnl' ? 'pnl' : 'cash' }))}
          testId="tco-post-view"
        />
      </Field>
      <Field label="From month" hint="Earlier model months are not posted" error={errorAt('fromMonth')}>
        <Select
          value={form.fromMonth}
          options={months.map((m) => ({ value: m, label: m }))}
          none="The model's first month"
          onChange={set('fromMonth')}
          testId="tco-post-from-month"
        />
      </Field>
      <Field label="Cost center" error={errorAt('costCenterId')}>
        <Select
          value={form.costCenterId}
          options={codeOptions(dimensions.costCenters)}
          onChange={set('costCenterId')}
          testId="tco-post-cost-center"
        />
      </Field>
      <Field label="Service" error={errorAt('serviceId')}>
        <Select
          value={form.serviceId}
          options={codeOptions(dimensions.services)}
          onChange={set('serviceId')}
          testId="tco-post-service"
        />
      </Field>
      <Field label="OpEx account" error={errorAt('accountIdOpex')}>
        <Select
          value={form.accountIdOpex}
          options={codeOptions(opex)}
          onChange={set('accountIdOpex')}
          testId="tco-post-account-opex"
        />
      </Field>
      <Field label="CapEx account" hint="Hardware, depreciation and write-offs" error={errorAt('accountIdCapex')}>
        <Select
          value={form.accountIdCapex}
          options={codeOptions(capex)}
          none="Same as OpEx"
          onChange={set('accountIdCapex')}
          testId="tco-post-account-capex"
        />
      </Field>
      <Field label="Vendor" error={errorAt('vendorId')}>
        <Select
          value={form.vendorId}
          options={codeOptions(dimensions.vendors)}
          none="None"
          onChange={set('vendorId')}
          testId="tco-post-vendor"
        />
      </Field>
      <div className="tco-post-preview" data-testid="tco-post-preview" aria-busy={preview.loading}>
        {preview.error && !errField && <p className="form-error">{preview.error.message}</p>}
        {preview.data && (
          <table className="tco-list-table">
            <caption>
              {preview.data.lines.length} lines, {preview.data.months[0]} … {preview.data.months.at(-1)},{' '}
              {preview.data.currency}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Type</th>
                <th scope="col">Line is</th>
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.data.lines.map((l) => (
                <tr key={l.category} data-testid={`tco-post-line-${l.category}`}>
                  <td>{l.description}</td>
                  <td>{l.expenseType}</td>
                  <td>{l.lineId ? 'replaced' : 'new'}</td>
                  <td className="num">{formatMoney(l.total, mu)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total
                </th>
                <td className="num" data-testid="tco-post-total">
                  {formatMoney(preview.data.total, mu)}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
      </div>
    </FormDialog>
  );
}
