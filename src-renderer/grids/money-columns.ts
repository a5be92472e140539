import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { compareMoney, formatMoney, isCanonicalMoney, type Money } from '../../src-shared/money';

/** Compare money strings exactly (sorting as numbers, never as text or floats). */
export function moneyComparator(a: Money | null | undefined, b: Money | null | undefined): number {
  const x = a != null && isCanonicalMoney(a) ? a : '0';
  const y = b != null && isCanonicalMoney(b) ? b : '0';
  return compareMoney(x, y);
}

/**
 * Display text of a money cell. While an edit is pending the grid may show the text as
 * typed ("1,234.50", "abc"); that is shown unchanged rather than formatted.
 */
export function formatMoneyCell(value: unknown, minorUnits: number): string {
  if (value == null) return '';
  const s = String(value);
  return isCanonicalMoney(s) ? formatMoney(s, minorUnits) : s;
}

/**
 * Shared settings of a read-only or editable money column: right-aligned tabular
 * figures, thousands separators, negatives in parentheses, the currency's minor units.
 */
export function moneyColDef<T>(minorUnits: number): Partial<ColDef<T, Money>> {
  return {
    type: 'rightAligned',
    cellClass: 'money',
    headerClass: 'money-header',
    width: 108,
    minWidth: 80,
    comparator: moneyComparator,
    valueFormatter: (p: ValueFormatterParams<T, Money>) => formatMoneyCell(p.value, minorUnits),
    cellClassRules: { 'money-negative': (p) => typeof p.value === 'string' && p.value.startsWith('-') },
    filter: false,
  };
}
