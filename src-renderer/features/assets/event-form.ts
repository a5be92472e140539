import type { ChannelInput } from '../../../src-shared/ipc/contract';
import type { AssetEventKind, AssetEventRecord } from '../../../src-shared/model';
import { formatMoney, parseUserAmount } from '../../../src-shared/money';
import { describeLife, EVENT_LABELS } from './labels';

export type AssetEventInput = ChannelInput<'assets/add-event'>['event'];

/** The add-event form as typed; which fields count depends on the kind. */
export interface EventDraft {
  kind: AssetEventKind;
  date: string;
  /** Impairment loss. */
  amount: string;
  /** Life change: a new total useful life, or the months left from the event's period. */
  lifeMode: 'total' | 'remaining';
  lifeMonths: string;
  /** Life change: a revised salvage ('' = unchanged). */
  salvage: string;
  note: string;
}

export type EventField = 'kind' | 'date' | 'amount' | 'usefulLifeMonths' | 'remainingLifeMonths' | 'salvage' | 'note';

const EVENT_FIELDS: readonly EventField[] = [
  'kind',
  'date',
  'amount',
  'usefulLifeMonths',
  'remainingLifeMonths',
  'salvage',
  'note',
];

export function emptyEventDraft(date: string): EventDraft {
  return { kind: 'disposal', date, amount: '', lifeMode: 'total', lifeMonths: '', salvage: '', note: '' };
}

/** The event of a draft, or the field the form could not read with why. */
export function draftToEvent(d: EventDraft): { event: AssetEventInput } | { field: EventField; message: string } {
  const note = d.note.trim();
  type Parsed = { value: string | null } | { field: EventField; message: string };
  const money = (s: string, field: EventField): Parsed => {
    try {
      return { value: parseUserAmount(s) };
    } catch {
      return { field, message: `"${s}" is not an amount.` };
    }
  };
  switch (d.kind) {
    case 'disposal':
      return { event: { kind: 'disposal', date: d.date, note } };
    case 'impairment': {
      const a = money(d.amount, 'amount');
      if ('field' in a) return a;
      if (a.value === null) return { field: 'amount', message: 'Enter the impairment loss.' };
      return { event: { kind: 'impairment', date: d.date, amount: a.value, note } };
    }
    case 'life-change': {
      const field = d.lifeMode === 'total' ? 'usefulLifeMonths' : 'remainingLifeMonths';
      const life = d.lifeMonths.trim();
      if (life !== '' && !/^-?\d+$/.test(life)) return { field, message: `"${life}" is not a whole number of months.` };
      const s = money(d.salvage, 'salvage');
      if ('field' in s) return s;
      return {
        event: {
          kind: 'life-change',
          date: d.date,
          ...(life === ''
            ? {}
            : d.lifeMode === 'total'
              ? { usefulLifeMonths: Number(life) }
              : { remainingLifeMonths: Number(life) }),
          ...(s.value !== null ? { salvage: s.value } : {}),
          note,
        },
      };
    }
  }
}

/** The form field a service refusal names: "events[3].amount" → amount. */
export function eventFieldOf(field: string | null): EventField | null {
  const last = field?.split('.').pop();
  return EVENT_FIELDS.find((f) => f === last) ?? null;
}

/** One line about an event: "Impairment of 2,500.00", "Change of estimate: useful life 7 years, salvage 0.00". */
export function describeEvent(e: AssetEventRecord, minorUnits: number): string {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  switch (e.kind) {
    case 'disposal':
      return EVENT_LABELS.disposal;
    case 'impairment':
      return `${EVENT_LABELS.impairment} of ${fmt(e.amount ?? '0')}`;
    case 'life-change': {
      const parts = [
        e.usefulLifeMonths !== null ? `useful life ${describeLife(e.usefulLifeMonths)}` : null,
        e.remainingLifeMonths !== null ? `${describeLife(e.remainingLifeMonths)} remaining` : null,
        e.salvage !== null ? `salvage ${fmt(e.salvage)}` : null,
      ].filter((p) => p !== null);
      return `${EVENT_LABELS['life-change']}: ${parts.join(', ')}`;
    }
  }
}
