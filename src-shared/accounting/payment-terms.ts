import { endOfMonthEpochDay, fromEpochDay, toEpochDay, type EpochDay, type IsoDate } from '../calendar/iso-date';

/**
 * Payment terms, parsed strictly. Days are calendar days.
 * - `net`: due `days` after the invoice date ("net 30"; "due on receipt" is net 0).
 * - `end-of-month`: due `days` after the last day of the invoice's calendar month
 *   ("end of month + 30", "EOM + 30", "net 30 EOM").
 */
export type PaymentTerms = { kind: 'net'; days: number } | { kind: 'end-of-month'; days: number };

const NET = /^net (\d{1,3})$/;
const EOM = /^(?:end of month|eom)(?: ?\+ ?(\d{1,3}))?$/;
const NET_EOM = /^net (\d{1,3}) (?:eom|end of month)$/;

/**
 * Parse payment terms written as finance writes them. Case and repeated spaces are
 * ignored; anything else must match exactly one of: "due on receipt", "net N",
 * "end of month", "end of month + N", "EOM + N", "net N EOM" (N = 0…999 days).
 * Returns `null` for text it does not recognise, never a guess.
 */
export function parsePaymentTerms(text: string): PaymentTerms | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'due on receipt') return { kind: 'net', days: 0 };
  let m = NET.exec(t);
  if (m) return { kind: 'net', days: Number(m[1]) };
  m = EOM.exec(t) ?? NET_EOM.exec(t);
  if (m) return { kind: 'end-of-month', days: m[1] === undefined ? 0 : Number(m[1]) };
  return null;
}

/** The day a payment falls due: invoice day number + terms → day number. */
export function dueDay(invoiceDay: EpochDay, terms: PaymentTerms): EpochDay {
  return terms.kind === 'net' ? invoiceDay + terms.days : endOfMonthEpochDay(invoiceDay) + terms.days;
}

/** The ISO date an invoice dated `invoiceDate` falls due under `terms`; null for terms it does not recognise. */
export function dueDate(invoiceDate: IsoDate, terms: string): IsoDate | null {
  const parsed = parsePaymentTerms(terms);
  return parsed ? fromEpochDay(dueDay(toEpochDay(invoiceDate), parsed)) : null;
}
