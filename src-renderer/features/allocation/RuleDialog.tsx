import { useState } from 'react';
import type {
  AllocationBasis,
  AllocationMethod,
  AllocationPreview,
  AllocationRuleRecord,
} from '../../../src-shared/model/allocation';
import { useClient } from '../../api/ApiProvider';
import { errorField, errorMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { Dialog } from '../../components/Dialog';
import { Field, Select, type Option } from '../../components/Field';
import { PreviewTable } from './PreviewTable';
import { formToSource, METHOD_KINDS, SOURCE_KINDS, sourceToForm, type SourceForm } from './rule-text';

type MethodKind = AllocationMethod['kind'];
interface Share {
  target: string;
  percent: string;
}

/** Add or edit a rule; Preview shows what the change would do to the month before Save. */
export function RuleDialog(props: {
  rule: AllocationRuleRecord | null;
  rules: readonly AllocationRuleRecord[];
  nodes: readonly Option[];
  drivers: readonly string[];
  pools: readonly Option[];
  period: string;
  basis: AllocationBasis;
  onClose: () => void;
}) {
  const client = useClient();
  const r = props.rule;
  const m = r?.method;
  const [name, setName] = useState(r?.name ?? '');
  const [source, setSource] = useState<SourceForm>(r ? sourceToForm(r.source) : { kind: 'all', value: '', tagKey: '' });
  const [kind, setKind] = useState<MethodKind>(m?.kind ?? 'driver');
  const [driver, setDriver] = useState(m?.kind === 'driver' ? m.driver : (props.drivers[0] ?? ''));
  const [targets, setTargets] = useState<string[]>(
    m?.kind === 'even' || m?.kind === 'driver' ? [...(m.targets ?? [])] : [],
  );
  const [shares, setShares] = useState<Share[]>(m?.kind === 'percent' ? m.shares.map((s) => ({ ...s })) : []);
  const [directKey, setDirectKey] = useState(m?.kind === 'direct' ? m.key : 'tag:');
  const [nodeKind, setNodeKind] = useState<'' | 'cc' | 'bu' | 'svc'>(m?.kind === 'direct' ? (m.nodeKind ?? '') : 'cc');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [preview, setPreview] = useState<AllocationPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const method = (): AllocationMethod => {
    if (kind === 'driver') return targets.length ? { kind, driver, targets } : { kind, driver };
    if (kind === 'percent') return { kind, shares };
    if (kind === 'even') return { kind, targets };
    return nodeKind ? { kind, key: directKey.trim(), nodeKind } : { kind, key: directKey.trim() };
  };
  const draft = () => ({
    ...(r ? { id: r.id } : {}),
    name,
    source: formToSource(source),
    method: method(),
    enabled: r?.enabled ?? true,
    note: r?.note ?? '',
  });
  const fail = (e: unknown) => setError({ field: errorField(e), message: errorMessage(e) });
  const errorAt = (prefix: string) => (error?.field?.startsWith(prefix) ? error.message : null);

  const runPreview = async () => {
    setBusy(true);
    setError(null);
    try {
      const d = draft();
      const list = props.rules.map(({ position: _p, ...x }) => x);
      const rules = r ? list.map((x) => (x.id === r.id ? d : x)) : [...list, d];
      setPreview(await client.call('allocation/preview', { period: props.period, basis: props.basis, rules }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await client.call('allocation/save-rule', draft());
      notify('info', `Rule "${name}" saved.`);
      props.onClose();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const valueOptions: Option[] | null =
    source.kind === 'pool' ? [...props.pools] : source.kind === 'node' ? [...props.nodes] : null;
  return (
    <Dialog
      title={r ? `Edit rule "${r.name}"` : 'New allocation rule'}
      onClose={props.onClose}
      testId="rule-dialog"
      width={640}
      footer={
        <>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" data-testid="rule-preview" disabled={busy} onClick={() => void runPreview()}>
            Preview {props.period}
          </button>
          <button type="button" className="primary" data-testid="rule-save" disabled={busy} onClick={() => void save()}>
            Save
          </button>
        </>
      }
    >
      {error && !error.field?.includes('.') && error.field !== 'name' && (
        <div className="grid-message grid-message-error" role="alert" data-testid="rule-error">
          {error.message}
        </div>
      )}
      <Field label="Name" error={error?.field === 'name' ? error.message : null}>
        <input data-testid="rule-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <div className="allocation-form-row">
        <Field label="Source" error={errorAt('source')}>
          <Select
            testId="rule-source-kind"
            value={source.kind}
            options={SOURCE_KINDS}
            onChange={(v) => setSource({ kind: v as SourceForm['kind'], value: '', tagKey: source.tagKey })}
          />
        </Field>
        {(source.kind === 'tag' || source.kind === 'untagged') && (
          <Field label="Tag key">
            <input
              data-testid="rule-source-tag"
              value={source.tagKey}
              onChange={(e) => setSource({ ...source, tagKey: e.target.value })}
            />
          </Field>
        )}
        {source.kind !== 'all' && source.kind !== 'untagged' && (
          <Field label="Value">
            {valueOptions ? (
              <Select
                testId="rule-source-value"
                value={source.value}
                none="—"
                options={valueOptions}
                onChange={(v) => setSource({ ...source, value: v })}
              />
            ) : (
              <input
                data-testid="rule-source-value"
                value={source.value}
                onChange={(e) => setSource({ ...source, value: e.target.value })}
              />
            )}
          </Field>
        )}
      </div>
      <div className="allocation-form-row">
        <Field label="Method" error={errorAt('method')}>
          <Select
            testId="rule-method-kind"
            value={kind}
            options={METHOD_KINDS}
            onChange={(v) => setKind(v as MethodKind)}
          />
        </Field>
        {kind === 'driver' && (
          <Field label="Driver table">
            <Select
              testId="rule-driver"
              value={driver}
              none="—"
              options={props.drivers.map((d) => ({ value: d, label: d }))}
              onChange={setDriver}
            />
          </Field>
        )}
        {kind === 'direct' && (
          <>
            <Field label="Key (e.g. tag:CostCenter, costCenter)">
              <input data-testid="rule-direct-key" value={directKey} onChange={(e) => setDirectKey(e.target.value)} />
            </Field>
            <Field label="Values are codes of">
              <Select
                testId="rule-direct-kind"
                value={nodeKind}
                none="node ids"
                options={[
                  { value: 'cc', label: 'Cost centers' },
                  { value: 'bu', label: 'Business units' },
                  { value: 'svc', label: 'Services' },
                ]}
                onChange={(v) => setNodeKind(v as typeof nodeKind)}
              />
            </Field>
          </>
        )}
      </div>
      {(kind === 'even' || kind === 'driver') && (
        <Field label={kind === 'driver' ? 'Targets (none = every target in the table)' : 'Targets'}>
          <select
            multiple
            size={6}
            data-testid="rule-targets"
            value={targets}
            onChange={(e) => setTargets([...e.target.selectedOptions].map((o) => o.value))}
          >
            {props.nodes.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === 'percent' && (
        <div className="allocation-shares" data-testid="rule-shares">
          {shares.map((s, i) => (
            <div key={i} className="allocation-form-row">
              <Select
                ariaLabel={`Target ${i + 1}`}
                testId={`rule-share-target-${i}`}
                value={s.target}
                none="—"
                options={props.nodes}
                onChange={(v) => setShares(shares.map((x, j) => (j === i ? { ...x, target: v } : x)))}
              />
              <input
                aria-label={`Percent ${i + 1}`}
                data-testid={`rule-share-percent-${i}`}
                value={s.percent}
                onChange={(e) => setShares(shares.map((x, j) => (j === i ? { ...x, percent: e.target.value } : x)))}
              />
              <button
                type="button"
                aria-label={`Remove target ${i + 1}`}
                onClick={() => setShares(shares.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            data-testid="rule-share-add"
            onClick={() => setShares([...shares, { target: '', percent: '' }])}
          >
            Add target
          </button>
        </div>
      )}
      {preview && <PreviewTable preview={preview} />}
    </Dialog>
  );
}
