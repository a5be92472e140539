import { useCallback, useState } from 'react';

const KEY = 'outlay.view';

export type Area =
  | 'budget'
  | 'assets'
  | 'contracts'
  | 'summary'
  | 'scenarios'
  | 'forecast'
  | 'drivers'
  | 'tco'
  | 'cloud'
  | 'allocation'
  | 'rates'
  | 'chargeback'
  | 'variance'
  | 'imports'
  | 'audit'
  | 'setup';

/** Accrual spreads spend over the service it buys; cash books it when paid. */
export type Basis = 'accrual' | 'cash';

export interface ViewState {
  area: Area;
  scenarioId: string | null;
  fiscalYear: number | null;
  basis: Basis;
  /** The Setup tab last open ('workbook', 'fx'…), so a link can land on one. */
  setupTab: string | null;
}

const DEFAULT: ViewState = { area: 'budget', scenarioId: null, fiscalYear: null, basis: 'accrual', setupTab: null };

function load(): ViewState {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? { ...DEFAULT, ...(JSON.parse(raw) as Partial<ViewState>) } : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

/**
 * What the user is looking at (area, scenario, fiscal year, accrual or cash), kept for this tab so a
 * reload comes back to the same view. Not in the URL: the bridge token lives there.
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(load);
  const update = useCallback((patch: Partial<ViewState>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      try {
        window.sessionStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage can be disabled; the view still works for this page load.
      }
      return next;
    });
  }, []);
  return [state, update];
}
