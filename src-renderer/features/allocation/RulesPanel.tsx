import { useState } from 'react';
import type { AllocationBasis, AllocationRuleRecord } from '../../../src-shared/model/allocation';
import { useCommand } from '../../api/useCommand';
import { ConfirmDialog } from '../../components/Dialog';
import type { Option } from '../../components/Field';
import { describeMethod, describeSource } from './rule-text';
import { RuleDialog } from './RuleDialog';

/** The ordered rules: move up/down, enable, edit in the dialog (with preview), delete. */
export function RulesPanel(props: {
  rules: readonly AllocationRuleRecord[];
  nodes: readonly Option[];
  drivers: readonly string[];
  pools: readonly Option[];
  period: string;
  basis: AllocationBasis;
}) {
  const { run, busy } = useCommand();
  const [editing, setEditing] = useState<AllocationRuleRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AllocationRuleRecord | null>(null);
  const { rules } = props;
  return (
    <section className="panel allocation-rules" aria-label="Allocation rules" data-testid="allocation-rules">
      <div className="toolbar toolbar-compact">
        <h3>Rules, in order</h3>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" data-testid="rule-add" onClick={() => setEditing('new')}>
          Add rule
        </button>
      </div>
      {rules.length === 0 && <p className="muted">No rules yet: everything stays unallocated.</p>}
      <ol className="allocation-rule-list">
        {rules.map((r, i) => (
          <li key={r.id} data-testid={`rule-${r.name}`} className={r.enabled ? '' : 'muted'}>
            <span className="allocation-rule-text">
              <strong>{r.name}</strong>: {describeSource(r.source)} → {describeMethod(r.method)}
            </span>
            <span className="allocation-rule-actions">
              <label>
                <input
                  type="checkbox"
                  checked={r.enabled}
                  disabled={busy}
                  aria-label={`Enable ${r.name}`}
                  onChange={(e) => void run('allocation/set-rule-enabled', { id: r.id, enabled: e.target.checked })}
                />
                on
              </label>
              <button
                type="button"
                aria-label={`Move ${r.name} up`}
                data-testid={`rule-up-${i}`}
                disabled={busy || i === 0}
                onClick={() => void run('allocation/move-rule', { id: r.id, to: i - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${r.name} down`}
                data-testid={`rule-down-${i}`}
                disabled={busy || i === rules.length - 1}
                onClick={() => void run('allocation/move-rule', { id: r.id, to: i + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Edit ${r.name}`}
                data-testid={`rule-edit-${i}`}
                onClick={() => setEditing(r)}
              >
                Edit
              </button>
              <button type="button" aria-label={`Delete ${r.name}`} onClick={() => setDeleting(r)}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ol>
      {editing && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          rules={rules}
          nodes={props.nodes}
          drivers={props.drivers}
          pools={props.pools}
          period={props.period}
          basis={props.basis}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete rule"
          danger
          confirmLabel="Delete"
          message={`Delete rule "${deleting.name}"? Undo brings it back.`}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void run('allocation/delete-rule', { id });
          }}
        />
      )}
    </section>
  );
}
