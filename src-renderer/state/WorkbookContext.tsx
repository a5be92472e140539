import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Dimensions, WorkbookInfo } from '../../src-shared/ipc/contract';
import type { Scenario } from '../../src-shared/model';
import { useQuery } from '../api/useQuery';
import { TABLES, touches } from '../api/stale';
import { buildLookups, type Lookups } from './lookups';
import { useViewState, type Area, type Basis } from './view-state';
import { selectableYears } from './fiscal-years';

export interface Workbook {
  info: WorkbookInfo;
  scenarios: Scenario[];
  dimensions: Dimensions;
  lookups: Lookups;
  /** Minor units of the workbook's base currency (2 for EUR, 0 for JPY). */
  minorUnits: number;
  area: Area;
  scenarioId: string;
  fiscalYear: number;
  /** Accrual or cash: one switch for every budget, actuals and summary screen. */
  basis: Basis;
  setArea(area: Area): void;
  setScenarioId(id: string): void;
  setFiscalYear(fy: number): void;
  setBasis(basis: Basis): void;
  setupTab: string | null;
  setSetupTab(tab: string): void;
  /** Go to Setup, on a given tab ('fx', 'calendar'…) when named. */
  openSetup(tab?: string): void;
}

const WorkbookContext = createContext<Workbook | null>(null);

/** The open workbook's reference data and the user's current selection. */
export function useWorkbook(): Workbook {
  const w = useContext(WorkbookContext);
  if (!w) throw new Error('useWorkbook outside WorkbookProvider');
  return w;
}

export function WorkbookProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (error: string | null) => ReactNode;
}) {
  const info = useQuery(
    'workbook/get-info',
    {},
    { staleOn: touches(TABLES.settings, TABLES.scenarios, ['budget_lines']) },
  );
  const scenarios = useQuery('scenario/list', {}, { staleOn: touches(TABLES.scenarios) });
  const dims = useQuery('dimensions/get-all', {}, { staleOn: touches(TABLES.dimensions) });
  const [view, setView] = useViewState();

  const lookups = useMemo(() => (dims.data ? buildLookups(dims.data) : null), [dims.data]);

  const scenarioList = scenarios.data;
  const scenarioId =
    scenarioList?.find((s) => s.id === view.scenarioId)?.id ??
    scenarioList?.find((s) => s.kind === 'baseline')?.id ??
    scenarioList?.[0]?.id;
  const years = info.data ? selectableYears(info.data) : [];
  const fiscalYear =
    view.fiscalYear !== null && years.includes(view.fiscalYear) ? view.fiscalYear : info.data?.currentFiscalYear;

  // A deleted scenario falls back to the baseline; remember that choice.
  useEffect(() => {
    if (scenarioId && scenarioId !== view.scenarioId) setView({ scenarioId });
  }, [scenarioId, view.scenarioId, setView]);

  const value = useMemo<Workbook | null>(() => {
    if (!info.data || !scenarioList || !dims.data || !lookups || !scenarioId || fiscalYear === undefined) return null;
    const base = info.data.settings.baseCurrency;
    return {
      info: info.data,
      scenarios: scenarioList,
      dimensions: dims.data,
      lookups,
      minorUnits: lookups.minorUnits.get(base) ?? 2,
      area: view.area,
      scenarioId,
      fiscalYear,
      basis: view.basis,
      setArea: (area) => setView({ area }),
      setScenarioId: (id) => setView({ scenarioId: id }),
      setFiscalYear: (fy) => setView({ fiscalYear: fy }),
      setBasis: (basis) => setView({ basis }),
      setupTab: view.setupTab,
      setSetupTab: (setupTab) => setView({ setupTab }),
      openSetup: (tab) => setView(tab ? { area: 'setup', setupTab: tab } : { area: 'setup' }),
    };
  }, [
    info.data,
    scenarioList,
    dims.data,
    lookups,
    scenarioId,
    fiscalYear,
    view.area,
    view.basis,
    view.setupTab,
    setView,
  ]);

  if (!value) return <>{fallback(info.error ?? scenarios.error ?? dims.error)}</>;
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}
