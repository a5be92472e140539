import { periodsBetween } from '../../src-shared/calendar/fiscal-calendar';
import type { Asset, AssetPosition } from '../../src-shared/model';
import { ExactSum } from '../repo/exact-sum';
import { depreciationSchedule } from '../engine/depreciation';
import { minorUnitsOf, type AccountingEnv } from './accounting-env';
import { depreciableAsset } from './accounting-inputs';
import { engineCall } from './engine-input';

/**
 * Every asset's position at the end of fiscal year `fy`, from its depreciation schedule
 * in the workbook calendar (one shared period list from the earliest in-service date to
 * the year's end, so the register needs no schedule call per asset). An asset classified
 * OpEx is 'expensed' with its cost in its in-service year; one going into service after
 * the year is 'planned'. Money strings in each asset's currency.
 * Throws 'validation' naming the asset for anything the engine refuses.
 */
export function assetPositions(env: AccountingEnv, assets: readonly Asset[], fy: number): AssetPosition[] {
  const year = env.calendar.periods(fy);
  const yearStart = year[0]!.start;
  const yearEnd = year[year.length - 1]!.end;
  const capex = assets.filter((a) => a.expenseType === 'CapEx' && a.inServiceDate <= yearEnd);
  const earliest = capex.reduce((m, a) => (a.inServiceDate < m ? a.inServiceDate : m), yearStart);
  const history = capex.length > 0 ? engineCall(() => periodsBetween(env.calendar, earliest, yearEnd)) : [];
  const inYear = new Set(year.map((p) => p.key));

  return assets.map((a): AssetPosition => {
    if (a.inServiceDate > yearEnd) {
      const zero = { expenseInYear: '0', writeOffInYear: '0', accumulatedAtYearEnd: null, netBookValueAtYearEnd: null };
      return { assetId: a.id, status: 'planned', ...zero };
    }
    if (a.expenseType === 'OpEx') {
      const expensed = a.inServiceDate >= yearStart ? a.cost : '0';
      return {
        assetId: a.id,
        status: 'expensed',
        expenseInYear: expensed,
        writeOffInYear: '0',
        accumulatedAtYearEnd: a.cost,
        netBookValueAtYearEnd: '0',
      };
    }
    const item = `asset ${a.code}`;
    const input = depreciableAsset(a, minorUnitsOf(env, a.currency, 'currency', item));
    const s = engineCall(() => depreciationSchedule(input, history, { rounding: env.rounding }), item);
    const expense = new ExactSum();
    const writeOff = new ExactSum();
    for (const r of s.rows) {
      if (!inYear.has(r.period)) continue;
      expense.add(r.expense);
      writeOff.add(r.writeOff);
    }
    const last = s.rows[s.rows.length - 1];
    return {
      assetId: a.id,
      status: s.status,
      expenseInYear: expense.value(),
      writeOffInYear: writeOff.value(),
      accumulatedAtYearEnd: last ? last.accumulated : '0',
      netBookValueAtYearEnd: last ? last.netBookValue : a.cost,
    };
  });
}
