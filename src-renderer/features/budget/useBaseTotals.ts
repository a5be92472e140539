import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { MissingRate } from '../../../src-shared/model';
import type { Money } from '../../../src-shared/money';
import { useClient } from '../../api/ApiProvider';
import { errorMessage } from '../../api/client';
import { TABLES, touches } from '../../api/stale';
import type { BudgetRow } from './budget-rows';

const staleOn = touches(TABLES.fx, TABLES.accountingSettings);
/** Edits come in bursts (a paste, fast typing): convert once they settle. */
const SETTLE_MS = 120;

export interface BaseTotalsState {
  missing: MissingRate[];
  error: string | null;
}

/**
 * The "Total in <base> at budget rates" row: the grid's grand totals per currency,
 * converted by the engine (`budget/convert-totals`) each time they change. Each
 * currency's month is converted and rounded on its own; the base month is the sum of
 * those, the year the sum of the months. A month missing a rate stays empty (null) and
 * the rate is reported, never taken as zero.
 */
export function useBaseTotals(fiscalYear: number, grand: () => ReadonlyMap<string, readonly Money[]>) {
  const client = useClient();
  const [state, setState] = useState<BaseTotalsState>({ missing: [], error: null });
  const values = useRef<(Money | null)[] | undefined>(undefined);
  const api = useRef<GridApi<BudgetRow> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ticket = useRef(0);
  const current = useRef({ fiscalYear, grand });
  current.current = { fiscalYear, grand };

  const convert = useCallback(async () => {
    const mine = ++ticket.current;
    const totals = current.current.grand();
    if (totals.size < 2) {
      values.current = undefined;
      setState((s) => (s.missing.length || s.error ? { missing: [], error: null } : s));
      return;
    }
    const byCurrency = Object.fromEntries([...totals].map(([cur, v]) => [cur, v.slice(0, 12)]));
    try {
      const r = await client.call('budget/convert-totals', {
        fiscalYear: current.current.fiscalYear,
        groups: [{ key: 'grand', byCurrency }],
      });
      if (mine !== ticket.current) return;
      const g = r.groups[0]!;
      values.current = [...g.amounts, g.total];
      setState({ missing: r.missing, error: null });
    } catch (e) {
      if (mine !== ticket.current) return;
      values.current = undefined;
      setState({ missing: [], error: errorMessage(e) });
    }
    const row = api.current?.getPinnedBottomRow(api.current.getPinnedBottomRowCount() - 1);
    if (row?.data?.kind === 'base') api.current?.refreshCells({ rowNodes: [row], force: true });
  }, [client]);

  /** Convert the grand totals once they stop changing. */
  const schedule = useCallback(
    (grid: GridApi<BudgetRow>) => {
      api.current = grid;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void convert(), SETTLE_MS);
    },
    [convert],
  );

  useEffect(
    () =>
      client.onChanged((e) => {
        if (api.current && staleOn(e)) schedule(api.current);
      }),
    [client, schedule],
  );
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return { ...state, schedule, valuesOf: useCallback(() => values.current, []) };
}
