import { lazy, Suspense } from 'react';
import { Header } from './layout/Header';
import { Sidebar } from './layout/Sidebar';
import { Toasts } from './layout/Toasts';
import { ComingSoon } from './layout/ComingSoon';
import { useWorkbook, WorkbookProvider } from './state/WorkbookContext';
import { BudgetScreen } from './features/budget/BudgetScreen';

// Screens other than the budget load on first visit, keeping the first paint small.
const ScenariosScreen = lazy(() => import('./features/scenarios/ScenariosScreen'));
const SetupScreen = lazy(() => import('./features/setup/SetupScreen'));
const AssetsScreen = lazy(() => import('./features/assets/AssetsScreen'));
const ContractsScreen = lazy(() => import('./features/contracts/ContractsScreen'));
const SummaryScreen = lazy(() => import('./features/summary/SummaryScreen'));
const ForecastScreen = lazy(() => import('./features/forecast/ForecastScreen'));
const TcoScreen = lazy(() => import('./features/tco/TcoScreen'));
const DriversScreen = lazy(() => import('./features/drivers/DriversScreen'));
const ImportsScreen = lazy(() => import('./features/imports/ImportsScreen'));
const CloudCostsScreen = lazy(() => import('./features/cloud/CloudCostsScreen'));
const AllocationScreen = lazy(() => import('./features/allocation/AllocationScreen'));
const RatesScreen = lazy(() => import('./features/rates/RatesScreen'));
const ChargebackScreen = lazy(() => import('./features/chargeback/ChargebackScreen'));

function Screen() {
  const { area } = useWorkbook();
  switch (area) {
    case 'budget':
      return <BudgetScreen />;
    case 'scenarios':
      return <ScenariosScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'assets':
      return <AssetsScreen />;
    case 'contracts':
      return <ContractsScreen />;
    case 'summary':
      return <SummaryScreen />;
    case 'forecast':
      return <ForecastScreen />;
    case 'tco':
      return <TcoScreen />;
    case 'drivers':
      return <DriversScreen />;
    case 'imports':
      return <ImportsScreen />;
    case 'cloud':
      return <CloudCostsScreen />;
    case 'allocation':
      return <AllocationScreen />;
    case 'rates':
      return <RatesScreen />;
    case 'chargeback':
      return <ChargebackScreen />;
    default:
      return <ComingSoon area={area} />;
  }
}

function Shell() {
  const wb = useWorkbook();
  return (
    <div className="app">
      <Sidebar area={wb.area} onSelect={wb.setArea} />
      <div className="main">
        <Header />
        <main className="screen">
          <Suspense fallback={<div className="loading">Loading…</div>}>
            <Screen />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** Status shown until the workbook's reference data has loaded (or failed to). */
export function Splash({ error }: { error: string | null }) {
  return (
    <div className="splash" data-testid="splash">
      <div className="brand big">
        <span className="brand-mark">◆</span> Outlay
      </div>
      {error ? (
        <p className="splash-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="muted">Opening workbook…</p>
      )}
    </div>
  );
}

export function App() {
  return (
    <>
      <WorkbookProvider fallback={(error) => <Splash error={error} />}>
        <Shell />
      </WorkbookProvider>
      <Toasts />
    </>
  );
}
