import type { ImportKind } from '../../../src-shared/model/imports';

/**
 * Each part followed by "|" (null as ''). join() makes one flat string: `+=` would leave a
 * chain of ~18 string pieces per key, held for every row of a big import (~2.5× the memory).
 */
function j(...xs: (string | null | undefined)[]): string {
  xs.push('');
  return xs.join('|');
}

/**
 * What identifies a row in its source system: the PO number and line; otherwise the
 * row's content (with its reference when mapped), so the same line from a re-exported
 * file is recognised.
 */
export function sourceKeyOf(kind: ImportKind, v: Record<string, string | null>): string {
  if (kind === 'purchase-orders') {
    return v.poLine
      ? j('po', v.poNumber, v.poLine)
      : j('po', v.poNumber, v.date, v.costCenterId, v.amount, v.currency, v.description);
  }
  if (kind === 'labour') {
    return j(
      'lab',
      v.personId,
      v.date || v.month,
      v.costCenterId,
      v.serviceId,
      v.accountId,
      v.hours,
      v.amount,
      v.currency,
    );
  }
  return j(
    'act',
    v.reference,
    v.date || v.month,
    v.costCenterId,
    v.serviceId,
    v.accountId,
    v.vendorId,
    v.amount,
    v.currency,
  );
}
