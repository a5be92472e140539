import type { EscalationRuleSpec, StepChangeSpec } from '../../../src-shared/model';
import { amountOf, optionalDate, optionalPercent, percentOf, wholeOf, type FieldErrors } from './draft-parse';

export type EscalationKind = EscalationRuleSpec['kind'];

export interface StepDraft {
  date: string;
  type: StepChangeSpec['type'];
  /** Amount text for 'absolute' (the new price), percent text for 'percent'. */
  value: string;
}

export interface IndexValueDraft {
  year: string;
  value: string;
}

/** Every escalation kind's inputs at once, so switching kinds while editing loses nothing. */
export interface EscalationDraft {
  kind: EscalationKind;
  percent: string;
  firstIncrease: string;
  steps: StepDraft[];
  indexName: string;
  /** Index levels, one "2026 = 3.1" a line, as typed. */
  valuesText: string;
  lagYears: string;
  capPercent: string;
  floorPercent: string;
}

export const EMPTY_ESCALATION: EscalationDraft = {
  kind: 'none',
  percent: '',
  firstIncrease: '',
  steps: [],
  indexName: 'CPI',
  valuesText: '',
  lagYears: '1',
  capPercent: '',
  floorPercent: '',
};

/** The editable form of a stored escalation rule. */
export function escalationDraft(rule: EscalationRuleSpec): EscalationDraft {
  switch (rule.kind) {
    case 'none':
      return EMPTY_ESCALATION;
    case 'annual-percent':
      return { ...EMPTY_ESCALATION, kind: rule.kind, percent: rule.percent, firstIncrease: rule.firstIncrease ?? '' };
    case 'steps':
      return {
        ...EMPTY_ESCALATION,
        kind: rule.kind,
        steps: rule.steps.map((s) => ({
          date: s.date,
          type: s.change.type,
          value: s.change.type === 'absolute' ? s.change.amount : s.change.percent,
        })),
      };
    case 'index':
      return {
        ...EMPTY_ESCALATION,
        kind: rule.kind,
        indexName: rule.indexName ?? '',
        valuesText: indexLines(
          Object.entries(rule.values)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([year, value]) => ({ year, value })),
        ),
        lagYears: rule.lagYears === undefined ? '' : String(rule.lagYears),
        capPercent: rule.capPercent ?? '',
        floorPercent: rule.floorPercent ?? '',
        firstIncrease: rule.firstIncrease ?? '',
      };
  }
}

/** Index values as typed, one "2026 = 3.1" a line, ignoring blank lines. */
export function parseIndexLines(text: string): IndexValueDraft[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => {
      const [year = '', value = ''] = l.split(/\s*[=:\t]\s*|\s+/, 2);
      return { year: year.trim(), value: value.trim() };
    });
}

/** Index values back as "2026 = 3.1" lines. */
export function indexLines(values: readonly IndexValueDraft[]): string {
  return values.map((v) => `${v.year} = ${v.value}`).join('\n');
}

/** The rule to send, with problems the user can fix before sending collected in `errors`. */
export function escalationSpec(d: EscalationDraft, errors: FieldErrors): EscalationRuleSpec {
  const first = optionalDate(d.firstIncrease);
  switch (d.kind) {
    case 'none':
      return { kind: 'none' };
    case 'annual-percent':
      return {
        kind: 'annual-percent',
        percent: percentOf(d.percent, 'escalation.percent', errors),
        ...(first ? { firstIncrease: first } : {}),
      };
    case 'steps':
      return {
        kind: 'steps',
        steps: d.steps.map((s, i) => ({
          date: s.date.trim(),
          change:
            s.type === 'absolute'
              ? { type: 'absolute', amount: amountOf(s.value, `escalation.steps[${i}].amount`, errors) }
              : { type: 'percent', percent: percentOf(s.value, `escalation.steps[${i}].percent`, errors) },
        })),
      };
    case 'index': {
      const values: Record<string, string> = {};
      for (const v of parseIndexLines(d.valuesText)) {
        if (!/^\d{4}$/.test(v.year) || v.value === '') {
          errors['escalation.values'] = `"${v.year} ${v.value}" is not a line "year = value" (e.g. "2026 = 3.1").`;
        }
        values[v.year] = v.value;
      }
      const lagYears = wholeOf(d.lagYears, 'escalation.lagYears', errors);
      const cap = optionalPercent(d.capPercent, 'escalation.capPercent', errors);
      const floor = optionalPercent(d.floorPercent, 'escalation.floorPercent', errors);
      const name = d.indexName.trim();
      return {
        kind: 'index',
        values,
        ...(name ? { indexName: name } : {}),
        ...(lagYears !== undefined ? { lagYears } : {}),
        ...(cap !== undefined ? { capPercent: cap } : {}),
        ...(floor !== undefined ? { floorPercent: floor } : {}),
        ...(first ? { firstIncrease: first } : {}),
      };
    }
  }
}
