import { useMemo, useRef } from 'react';
import type { SummaryView } from '../../../src-shared/model';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import type { LineRow } from './budget-rows';
import { mergeCommitted } from './committed-rows';

const staleOn = touches(TABLES.contracts, TABLES.assets, TABLES.capitalization, TABLES.accountingSettings);

export interface CommittedData {
  rows: LineRow[];
  loading: boolean;
  error: string | null;
}

const NONE: LineRow[] = [];

/**
 * The committed rows of a budget year in the accrual or cash view, as read-only grid
 * lines, while `enabled`. They reload when contracts, invoices, assets or the accounting
 * settings change; unchanged rows keep their objects, so the grid repaints only the rows
 * whose amounts moved (e.g. a prepaid contract when switching accrual ↔ cash).
 */
export function useCommitted(
  fiscalYear: number,
  basis: SummaryView,
  scenarioId: string,
  enabled: boolean,
): CommittedData {
  const q = useQuery('budget/get-committed', { fiscalYear, basis }, { enabled, staleOn });
  const previous = useRef<LineRow[]>(NONE);
  const current = q.data && q.data.fiscalYear === fiscalYear && q.data.basis === basis ? q.data : undefined;
  const rows = useMemo(() => {
    if (!enabled || !current) return NONE;
    const next = mergeCommitted(previous.current, current.rows, scenarioId);
    previous.current = next;
    return next;
  }, [enabled, current, scenarioId]);
  return { rows, loading: enabled && q.loading, error: enabled ? q.error : null };
}
