import { useState, type FormEvent } from 'react';
import type { TagRulesWithBuiltIns } from '../../../src-shared/ipc/cloud-costs-contract';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { Field, Select } from '../../components/Field';

/** The field a refusal names (details.field), to show its message next to that input. */
function fieldOf(details: unknown): string | null {
  if (details && typeof details === 'object' && 'field' in details && typeof details.field === 'string') {
    return details.field;
  }
  return null;
}

/**
 * Editors of the tag normalisation rules: the keys imports aggregate on, aliases of a key and
 * value maps. Every change is one undoable command; refusals show next to the field they name.
 */
export function TagRulesEditor({ rules, keys }: { rules: TagRulesWithBuiltIns | undefined; keys: string[] }) {
  return (
    <section className="panel cloud-rules" aria-label="Tag rules">
      <div className="toolbar">
        <h2>Tag rules</h2>
      </div>
      <p className="muted" data-testid="cloud-rules-note">
        Tag keys and aliases decide which tags an import keeps, so they apply from the next import. Value maps also
        apply to the hygiene report above at once.
      </p>
      <div className="cloud-rules-columns">
        <TagKeysEditor rules={rules} />
        <AliasesEditor rules={rules} keys={keys} />
        <ValuesEditor rules={rules} keys={keys} />
      </div>
    </section>
  );
}

function TagKeysEditor({ rules }: { rules: TagRulesWithBuiltIns | undefined }) {
  const cmd = useCommand({ toast: false });
  const [key, setKey] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await cmd.run('cloud/save-tag-key', { canonicalKey: key })) setKey('');
  };
  return (
    <div className="cloud-rule-box" data-testid="cloud-tag-keys">
      <h3>Tag keys imported</h3>
      <ul className="cloud-rule-list">
        {rules?.keys.map((k, i) => (
          <li key={k.canonicalKey}>
            <span>{k.canonicalKey}</span>
            {i > 0 && (
              <button
                type="button"
                className="link"
                aria-label={`Move tag key ${k.canonicalKey} up`}
                data-testid={`cloud-tagkey-up-${k.canonicalKey}`}
                onClick={() => cmd.run('cloud/save-tag-key', { canonicalKey: k.canonicalKey, position: i - 1 })}
              >
                ↑
              </button>
            )}
            <RemoveButton
              label={`Remove tag key ${k.canonicalKey}`}
              onClick={() => cmd.run('cloud/delete-tag-key', { canonicalKey: k.canonicalKey })}
            />
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="cloud-rule-form">
        <Field label="Tag key" error={cmd.error?.message}>
          <input data-testid="cloud-tagkey-input" value={key} onChange={(e) => setKey(e.target.value)} />
        </Field>
        <button type="submit" data-testid="cloud-tagkey-add" disabled={cmd.busy || key.trim() === ''}>
          Add key
        </button>
      </form>
    </div>
  );
}

function AliasesEditor({ rules, keys }: { rules: TagRulesWithBuiltIns | undefined; keys: string[] }) {
  const cmd = useCommand({ toast: false });
  const [alias, setAlias] = useState('');
  const [target, setTarget] = useState('');
  const canonicalKey = target || keys[0] || '';
  const field = fieldOf(cmd.error?.details);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await cmd.run('cloud/save-tag-alias', { alias, canonicalKey })) {
      notify('info', `Alias ${alias} → ${canonicalKey} saved; it applies from the next import.`);
      setAlias('');
    }
  };
  return (
    <div className="cloud-rule-box" data-testid="cloud-aliases">
      <h3>Aliases</h3>
      <ul className="cloud-rule-list">
        {rules?.aliases.map((a) => (
          <li key={a.alias}>
            <span>
              {a.alias} → {a.canonicalKey}
            </span>
            <RemoveButton
              label={`Remove alias ${a.alias}`}
              onClick={() => cmd.run('cloud/delete-tag-alias', { alias: a.alias })}
            />
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="cloud-rule-form">
        <Field
          label="Alias"
          error={field !== 'canonicalKey' ? cmd.error?.message : null}
          hint={builtIn(rules, canonicalKey)}
        >
          <input data-testid="cloud-alias-input" value={alias} onChange={(e) => setAlias(e.target.value)} />
        </Field>
        <Field label="Means tag key" error={field === 'canonicalKey' ? cmd.error?.message : null}>
          <Select
            ariaLabel="Means tag key"
            testId="cloud-alias-key"
            value={canonicalKey}
            options={keys.map((k) => ({ value: k, label: k }))}
            onChange={setTarget}
          />
        </Field>
        <button type="submit" data-testid="cloud-alias-add" disabled={cmd.busy || alias.trim() === '' || !canonicalKey}>
          Add alias
        </button>
      </form>
    </div>
  );
}

function ValuesEditor({ rules, keys }: { rules: TagRulesWithBuiltIns | undefined; keys: string[] }) {
  const cmd = useCommand({ toast: false });
  const [target, setTarget] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const canonicalKey = target || keys[0] || '';
  const field = fieldOf(cmd.error?.details);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await cmd.run('cloud/save-tag-value', { canonicalKey, fromValue: from, toValue: to })) {
      setFrom('');
      setTo('');
    }
  };
  return (
    <div className="cloud-rule-box" data-testid="cloud-values">
      <h3>Value maps</h3>
      <ul className="cloud-rule-list">
        {rules?.values.map((v) => (
          <li key={`${v.canonicalKey}\u0000${v.fromValue}`}>
            <span>
              {v.canonicalKey}: “{v.fromValue}” → “{v.toValue}”
            </span>
            <RemoveButton
              label={`Remove value map ${v.canonicalKey} ${v.fromValue}`}
              onClick={() =>
                cmd.run('cloud/delete-tag-value', { canonicalKey: v.canonicalKey, fromValue: v.fromValue })
              }
            />
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="cloud-rule-form">
        <Field label="Tag key">
          <Select
            ariaLabel="Value map tag key"
            testId="cloud-value-key"
            value={canonicalKey}
            options={keys.map((k) => ({ value: k, label: k }))}
            onChange={setTarget}
          />
        </Field>
        <Field label="Value as typed" error={field === 'fromValue' ? cmd.error?.message : null}>
          <input data-testid="cloud-value-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="Canonical value" error={field !== 'fromValue' ? cmd.error?.message : null}>
          <input data-testid="cloud-value-to" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <button
          type="submit"
          data-testid="cloud-value-add"
          disabled={cmd.busy || !canonicalKey || from.trim() === '' || to.trim() === ''}
        >
          Add value map
        </button>
      </form>
    </div>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="link" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}

/** The built-in spellings of a key, as a hint under the alias field. */
function builtIn(rules: TagRulesWithBuiltIns | undefined, key: string): string | undefined {
  const known = rules?.builtInAliases.filter((a) => a.canonicalKey === key).map((a) => a.alias) ?? [];
  return known.length > 0 ? `Built in for ${key}: ${known.join(', ')}` : undefined;
}
