import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Channel, ChannelInput, LinesChanged } from '../../../src-shared/ipc/contract';
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import { useClient } from '../../api/ApiProvider';
import { ApiCallError, errorMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { applyLinesChanged, mergeLines, type LineRow } from './budget-rows';

type LineCommand =
  | 'budget/add-line'
  | 'budget/update-line'
  | 'budget/duplicate-lines'
  | 'budget/delete-lines'
  | 'budget/set-cells'
  | 'budget/spread-line';

export interface BudgetData {
  months: MonthKey[];
  rows: LineRow[];
  loading: boolean;
  error: string | null;
  /**
   * Run a line command and apply the lines it returns (no reload). Resolves with the
   * result, or null when refused (the message is shown as a toast unless `toast` is false).
   */
  command<C extends LineCommand>(
    channel: C,
    args: ChannelInput<C>,
    opts?: { toast?: boolean },
  ): Promise<LinesChanged | null>;
}

const touchesBudget = touches(TABLES.budget);

/**
 * The budget grid's lines for one scenario and fiscal year. Edits made here update
 * only the rows they touched; changes made elsewhere (undo, another window, the CLI)
 * reload the lines, keeping unchanged rows as the same objects. A new fiscal-year start
 * month (`fyStartMonth`, 1 = January) changes the year's months, so it reloads too.
 */
export function useBudgetData(scenarioId: string, fiscalYear: number, fyStartMonth: number): BudgetData {
  const client = useClient();
  const [state, setState] = useState<{ months: MonthKey[]; rows: LineRow[]; loading: boolean; error: string | null }>({
    months: [],
    rows: [],
    loading: true,
    error: null,
  });
  const rowsRef = useRef<LineRow[]>([]);
  rowsRef.current = state.rows;
  // Journal position already reflected on screen, and changes seen while a command ran.
  const seenSeq = useRef(0);
  const inFlight = useRef(0);
  const missedSeq = useRef(0);
  const ticket = useRef(0);

  const load = useCallback(async () => {
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const grid = await client.call('budget/get-grid', { scenarioId, fiscalYear });
      if (mine !== ticket.current) return;
      const previous = new Map(rowsRef.current.map((r) => [r.id, r]));
      const rows = mergeLines(previous, grid.lines);
      // The same months array as before when they are the same, so the columns stay as they are.
      setState((s) => ({
        months: s.months.join() === grid.months.join() ? s.months : grid.months,
        rows,
        loading: false,
        error: null,
      }));
    } catch (e) {
      if (mine === ticket.current) setState((s) => ({ ...s, loading: false, error: errorMessage(e) }));
    }
    // fyStartMonth is not sent, but the months of the year depend on it.
  }, [client, scenarioId, fiscalYear, fyStartMonth]);

  useEffect(() => {
    rowsRef.current = [];
    setState({ months: [], rows: [], loading: true, error: null });
    void load();
  }, [load]);

  useEffect(
    () =>
      client.onChanged((e) => {
        if (!touchesBudget(e)) return;
        if (e.tables.includes('*')) return void load();
        if (e.seq <= seenSeq.current) return;
        // Our own command's event can arrive before its answer; decide once it lands.
        if (inFlight.current > 0) missedSeq.current = Math.max(missedSeq.current, e.seq);
        else void load();
      }),
    [client, load],
  );

  const command = useCallback(
    async <C extends LineCommand>(channel: C, args: ChannelInput<C>, opts: { toast?: boolean } = {}) => {
      inFlight.current++;
      let result: LinesChanged | null = null;
      try {
        result = (await client.call(channel as Channel, args as never)) as LinesChanged;
        seenSeq.current = Math.max(seenSeq.current, result.seq);
        const change = result;
        setState((s) => ({ ...s, rows: applyLinesChanged(s.rows, change) }));
      } catch (e) {
        if (opts.toast ?? true) notify('error', e instanceof ApiCallError ? e.message : errorMessage(e));
        if (!(e instanceof ApiCallError)) throw e;
      } finally {
        inFlight.current--;
        if (inFlight.current === 0 && missedSeq.current > seenSeq.current) {
          missedSeq.current = 0;
          void load();
        }
      }
      return result;
    },
    [client, load],
  );

  return useMemo(() => ({ ...state, command }), [state, command]);
}
