import type { DisputeResolutionInput } from '../../../src-shared/model/chargeback-invoices';
import { parseUserAmount } from '../../../src-shared/money';

export type ResolutionKind = DisputeResolutionInput['kind'];

/** What the resolve dialog holds while the analyst types. */
export interface ResolutionDraft {
  kind: ResolutionKind;
  amount: string;
  toDepartmentId: string;
  note: string;
}

function amountOf(text: string): string | null {
  try {
    return parseUserAmount(text);
  } catch {
    return null;
  }
}

/** The draft as a resolution, or the field and message of what is wrong with it. */
export function parseResolution(
  d: ResolutionDraft,
):
  | { ok: true; value: DisputeResolutionInput }
  | { ok: false; field: 'amount' | 'toDepartmentId' | 'note'; message: string } {
  const note = d.note.trim();
  if (d.kind === 'reject') {
    return note
      ? { ok: true, value: { kind: 'reject', note } }
      : { ok: false, field: 'note', message: 'Say why the dispute is rejected.' };
  }
  const amount = amountOf(d.amount);
  if (amount === null || amount.startsWith('-') || /^0(\.0*)?$/.test(amount)) {
    const what = d.kind === 'retag' ? 'quantity' : 'amount';
    return { ok: false, field: 'amount', message: `Enter a positive ${what}, e.g. 25.50.` };
  }
  if (d.kind === 'credit') return { ok: true, value: { kind: 'credit', amount, ...(note ? { note } : {}) } };
  if (!d.toDepartmentId) return { ok: false, field: 'toDepartmentId', message: 'Choose the unit that takes the cost.' };
  const base = { toDepartmentId: d.toDepartmentId, ...(note ? { note } : {}) };
  return d.kind === 'move'
    ? { ok: true, value: { kind: 'move', amount, ...base } }
    : { ok: true, value: { kind: 'retag', quantity: amount, ...base } };
}
