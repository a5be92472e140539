import { isIsoDate } from '../../src-shared/calendar/iso-date';
import { AppError } from '../../src-shared/ipc/errors';
import type { Asset, AssetSchedule, AssetScheduleRow } from '../../src-shared/model';
import { D, toMoney, type Money } from '../../src-shared/money';
import { classify, describeLife, describeMethod, type Classification } from '../engine/capitalization';
import { depreciationSchedule, lifePeriods } from '../engine/depreciation';
import { convertToBase } from '../engine/fx';
import { minorUnitsOf, type AccountingEnv } from './accounting-env';
import { depreciableAsset } from './accounting-inputs';
import { engineCall } from './engine-input';

type AssetData = Omit<Asset, 'id'>;

/** Refuse a date that is not a real "YYYY-MM-DD" day, naming the item and field. */
export function requireDate(value: string, item: string, field: string): void {
  if (!isIsoDate(value)) {
    throw new AppError('validation', `${item}: ${field} "${value}" is not a date on the calendar (YYYY-MM-DD).`, {
      item,
      field,
    });
  }
}

/**
 * CapEx or OpEx for an asset under the workbook's policy. Its cost (and bundle total) are
 * converted to the base currency at the budget rate of the in-service month first, since
 * thresholds are in the base currency; the unit cost is the cost over the quantity.
 * Throws 'validation' for an unknown class, bad amounts or a missing FX rate.
 */
export function classifyAsset(
  env: AccountingEnv,
  a: Pick<AssetData, 'code' | 'assetClass' | 'cost' | 'currency' | 'quantity' | 'bundleTotal' | 'inServiceDate'>,
): Classification {
  const item = `asset ${a.code}`;
  requireDate(a.inServiceDate, item, 'inServiceDate');
  const month = a.inServiceDate.slice(0, 7);
  const toBase = (amount: Money): Money =>
    a.currency === env.baseCurrency
      ? amount
      : engineCall(
          () =>
            convertToBase(env.rates, { amount, currency: a.currency }, month, 'budget', {
              rounding: env.rounding,
              item,
            }),
          item,
        );
  const cost = toBase(a.cost);
  const unitCost = a.quantity >= 1 ? toMoney(new D(cost).div(a.quantity)) : cost;
  return engineCall(
    () =>
      classify(
        {
          id: a.code,
          assetClass: a.assetClass,
          unitCost,
          quantity: a.quantity,
          ...(a.bundleTotal !== null ? { bundleTotal: toBase(a.bundleTotal) } : {}),
        },
        env.policy,
      ),
    item,
  );
}

/** The rule text stored with an asset: the policy's, plus the depreciation entered where it differs. */
export function ruleText(
  c: Classification,
  a: Pick<AssetData, 'usefulLifeMonths' | 'method' | 'decliningBalancePercent'>,
): string {
  const d = c.depreciation;
  if (!d) return c.rule;
  const pct = a.decliningBalancePercent ?? undefined;
  const same =
    d.usefulLifeMonths === a.usefulLifeMonths &&
    d.method === a.method &&
    (d.decliningBalancePercent ?? undefined) === pct;
  return same
    ? c.rule
    : `${c.rule}; depreciated over ${describeLife(a.usefulLifeMonths)} ${describeMethod(a.method, pct)} as entered`;
}

/**
 * The schedule of an asset over its whole life in the workbook calendar: depreciation for
 * CapEx, or for an asset classified OpEx the whole cost expensed in its in-service period.
 * Money strings in the asset currency. Throws 'validation' (naming the asset by code and
 * the field) for anything the engine refuses: salvage above cost, a useful life below one
 * month, an impairment above the net book value, an event before the in-service date…
 */
export function assetSchedule(env: AccountingEnv, asset: AssetData & { id?: string }): AssetSchedule {
  const item = `asset ${asset.code}`;
  const mu = minorUnitsOf(env, asset.currency, 'currency', item);
  const input = depreciableAsset(asset, mu);
  const periods = engineCall(() => lifePeriods(env.calendar, input), item);
  const s = engineCall(() => depreciationSchedule(input, periods, { rounding: env.rounding }), item);
  const spans = new Map(periods.map((p) => [p.key, p]));
  const head = {
    assetId: asset.id ?? '',
    code: asset.code,
    name: asset.name,
    currency: asset.currency,
    expenseType: asset.expenseType,
    classificationRule: asset.classificationRule,
    cost: asset.cost,
    salvage: asset.salvage,
  };
  if (asset.expenseType === 'OpEx') {
    const p = env.calendar.periodOf(asset.inServiceDate);
    const row: AssetScheduleRow = {
      period: p.key,
      fiscalYear: p.fiscalYear,
      index: p.index,
      start: p.start,
      end: p.end,
      expense: asset.cost,
      writeOff: '0',
      accumulated: asset.cost,
      netBookValue: '0',
      events: [],
    };
    return {
      ...head,
      depreciableBase: asset.cost,
      totalExpense: asset.cost,
      totalWriteOff: '0',
      status: 'expensed',
      rows: [row],
    };
  }
  return {
    ...head,
    depreciableBase: s.depreciableBase,
    totalExpense: s.totalExpense,
    totalWriteOff: s.totalWriteOff,
    status: s.status,
    rows: s.rows.map((r) => {
      const span = spans.get(r.period)!;
      return { ...r, start: span.start, end: span.end, events: r.events ?? [] };
    }),
  };
}
