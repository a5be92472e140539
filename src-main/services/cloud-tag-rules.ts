import { AppError } from '../../src-shared/ipc/errors';
import { DEFAULT_TAG_ALIASES, tagToken } from '../engine/cloud-billing/tags';
import { readTagRules } from '../repo/cloud-costs-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';

/**
 * Journaled commands on the tag normalisation rules imports use: the tag keys aggregated on,
 * aliases of a key, and value maps. Keys and aliases are compared by their tag token (case,
 * spaces and separators ignored), as the import matches them.
 */

/** The canonical key a token already stands for (a key itself, a saved alias or a built-in alias). */
function ownerOfToken(ctx: WorkbookContext, token: string): { key: string; via: string } | null {
  const rules = readTagRules(ctx.db);
  const key = rules.keys.find((k) => tagToken(k.canonicalKey) === token);
  if (key) return { key: key.canonicalKey, via: `the tag key "${key.canonicalKey}"` };
  const alias = rules.aliases.find((a) => tagToken(a.alias) === token);
  if (alias) return { key: alias.canonicalKey, via: `the alias "${alias.alias}"` };
  for (const [canonical, spellings] of Object.entries(DEFAULT_TAG_ALIASES)) {
    const s = spellings.find((x) => tagToken(x) === token);
    if (s) return { key: canonical, via: `the built-in alias "${s}"` };
  }
  return null;
}

const same = (a: string, b: string) => tagToken(a) === tagToken(b);

/** Add a tag key imports aggregate on, or move one to `position` (0 = first). */
export function saveTagKey(ctx: WorkbookContext, args: { canonicalKey: string; position?: number }): { seq: number } {
  const key = args.canonicalKey.trim();
  if (tagToken(key) === '') {
    throw new AppError('validation', 'Tag key: needs a letter or digit.', { field: 'canonicalKey' });
  }
  const rules = readTagRules(ctx.db);
  const existing = rules.keys.find((k) => same(k.canonicalKey, key));
  if (existing && existing.canonicalKey !== key) {
    throw new AppError('conflict', `Tag key "${key}" is the same key as "${existing.canonicalKey}".`, {
      field: 'canonicalKey',
    });
  }
  const owner = ownerOfToken(ctx, tagToken(key));
  if (owner && !same(owner.key, key)) {
    throw new AppError('conflict', `Tag key "${key}" already means "${owner.key}" through ${owner.via}.`, {
      field: 'canonicalKey',
    });
  }
  // Keys are kept numbered 0…n-1 in display order; a position moves the key there.
  const order = rules.keys.map((k) => k.canonicalKey).filter((k) => k !== key);
  const at = Math.min(args.position ?? (existing ? existing.position : order.length), order.length);
  order.splice(at, 0, key);
  const label = existing ? `Move tag key ${key}` : `Add tag key ${key}`;
  return runCommand(ctx, { command: 'cloud/save-tag-key', label, payload: args }, (tx) => {
    if (!existing) tx.insert('billing_tag_keys', { canonical_key: key, position: at });
    order.forEach((k, position) => tx.update('billing_tag_keys', { canonical_key: k }, { position }));
  });
}

/** Stop aggregating on a tag key (stored aggregates keep what they hold). */
export function deleteTagKey(ctx: WorkbookContext, args: { canonicalKey: string }): { seq: number } {
  const key = args.canonicalKey.trim();
  if (!ctx.writer.get('billing_tag_keys', { canonical_key: key })) {
    throw new AppError('not-found', `There is no tag key "${key}".`, { field: 'canonicalKey' });
  }
  return runCommand(ctx, { command: 'cloud/delete-tag-key', label: `Remove tag key ${key}`, payload: args }, (tx) => {
    tx.delete('billing_tag_keys', { canonical_key: key });
  });
}

/** Save an alias of a key; refused when its spelling already means another key. */
export function saveTagAlias(ctx: WorkbookContext, args: { alias: string; canonicalKey: string }): { seq: number } {
  const alias = args.alias.trim();
  const key = args.canonicalKey.trim();
  const token = tagToken(alias);
  if (token === '') throw new AppError('validation', 'Alias: needs a letter or digit.', { field: 'alias' });
  if (token === tagToken(key)) {
    throw new AppError('validation', `Alias "${alias}" already matches "${key}" (case and separators are ignored).`, {
      field: 'alias',
    });
  }
  const owner = ownerOfToken(ctx, token);
  const saved = readTagRules(ctx.db).aliases.find((a) => tagToken(a.alias) === token);
  if (owner && !same(owner.key, key)) {
    throw new AppError('conflict', `Alias "${alias}" already maps to "${owner.key}" through ${owner.via}.`, {
      field: 'alias',
    });
  }
  if (saved && saved.alias === alias && saved.canonicalKey === key) return { seq: ctx.journal.lastSeq() };
  return runCommand(ctx, { command: 'cloud/save-tag-alias', label: `Alias ${alias} → ${key}`, payload: args }, (tx) => {
    if (saved) tx.delete('billing_tag_aliases', { alias: saved.alias });
    tx.insert('billing_tag_aliases', { alias, canonical_key: key });
  });
}

/** Remove a saved alias. */
export function deleteTagAlias(ctx: WorkbookContext, args: { alias: string }): { seq: number } {
  const alias = args.alias.trim();
  if (!ctx.writer.get('billing_tag_aliases', { alias })) {
    throw new AppError('not-found', `There is no alias "${alias}".`, { field: 'alias' });
  }
  return runCommand(ctx, { command: 'cloud/delete-tag-alias', label: `Remove alias ${alias}`, payload: args }, (tx) => {
    tx.delete('billing_tag_aliases', { alias });
  });
}

/** Map a value as typed onto a canonical value of a key (replacing the same value's earlier map). */
export function saveTagValue(
  ctx: WorkbookContext,
  args: { canonicalKey: string; fromValue: string; toValue: string },
): { seq: number } {
  const key = args.canonicalKey.trim();
  const from = args.fromValue.trim();
  const to = args.toValue.trim();
  const values = readTagRules(ctx.db).values.filter((v) => v.canonicalKey === key);
  const lower = (s: string) => s.trim().toLowerCase();
  const saved = values.find((v) => lower(v.fromValue) === lower(from));
  const chained = values.find((v) => lower(v.fromValue) === lower(to) && lower(v.fromValue) !== lower(from));
  if (chained) {
    throw new AppError(
      'validation',
      `Value map ${key}: "${to}" is itself mapped to "${chained.toValue}"; map "${from}" to "${chained.toValue}" instead.`,
      { field: 'toValue' },
    );
  }
  const label = `Map ${key} "${from}" → "${to}"`;
  return runCommand(ctx, { command: 'cloud/save-tag-value', label, payload: args }, (tx) => {
    if (saved) tx.delete('billing_tag_values', { canonical_key: key, from_value: saved.fromValue });
    tx.insert('billing_tag_values', { canonical_key: key, from_value: from, to_value: to });
  });
}

/** Remove a value map. */
export function deleteTagValue(
  ctx: WorkbookContext,
  args: { canonicalKey: string; fromValue: string },
): { seq: number } {
  const key = args.canonicalKey.trim();
  const from = args.fromValue.trim();
  if (!ctx.writer.get('billing_tag_values', { canonical_key: key, from_value: from })) {
    throw new AppError('not-found', `There is no value map ${key} "${from}".`, { field: 'fromValue' });
  }
  const label = `Remove value map ${key} "${from}"`;
  return runCommand(ctx, { command: 'cloud/delete-tag-value', label, payload: args }, (tx) => {
    tx.delete('billing_tag_values', { canonical_key: key, from_value: from });
  });
}
