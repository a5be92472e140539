import { DimensionGrid } from './DimensionGrid';
import { KIND_SPECS, type DimensionKind } from './dimension-specs';
import { WorkbookSettings } from './WorkbookSettings';
import { AccountingSettings } from './AccountingSettings';
import { CapitalizationPolicies } from './CapitalizationPolicies';
import { FxRates } from './FxRates';
import { useWorkbook } from '../../state/WorkbookContext';

type SetupTab = 'workbook' | 'calendar' | 'capitalization' | 'fx' | DimensionKind;
const FIXED_TABS: readonly string[] = ['workbook', 'calendar', 'capitalization', 'fx'];

const isSetupTab = (t: string | null): t is SetupTab =>
  t !== null && (FIXED_TABS.includes(t) || KIND_SPECS.some((s) => s.kind === t));

/** Workbook settings, the accounting calendar and policies, FX rates, then reference data: cost centers, departments, services, accounts and vendors. */
export default function SetupScreen() {
  const wb = useWorkbook();
  // The tab lives in the view state, so links elsewhere ("add the rate in Setup → FX rates") can open it.
  const tab: SetupTab = isSetupTab(wb.setupTab) ? wb.setupTab : 'workbook';
  const setTab = wb.setSetupTab;
  const spec = KIND_SPECS.find((s) => s.kind === tab);
  const tabButton = (id: SetupTab, label: string, count?: number) => (
    <button
      key={id}
      type="button"
      role="tab"
      aria-selected={id === tab}
      className={id === tab ? 'active' : ''}
      data-testid={`setup-tab-${id}`}
      onClick={() => setTab(id)}
    >
      {label} {count !== undefined && <span className="muted small">{count}</span>}
    </button>
  );
  return (
    <div className="setup-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Setup</h1>
        </div>
        <div className="segmented" role="tablist" aria-label="Setup">
          {tabButton('workbook', 'Workbook')}
          {tabButton('calendar', 'Calendar & policies')}
          {tabButton('capitalization', 'Capitalization')}
          {tabButton('fx', 'FX rates')}
          {KIND_SPECS.map((s) => tabButton(s.kind, s.plural, s.rows(wb.dimensions).length))}
        </div>
      </div>
      {spec ? (
        <DimensionGrid key={spec.kind} spec={spec} />
      ) : tab === 'calendar' ? (
        <AccountingSettings />
      ) : tab === 'capitalization' ? (
        <CapitalizationPolicies />
      ) : tab === 'fx' ? (
        <FxRates />
      ) : (
        <WorkbookSettings onOpenCalendar={() => setTab('calendar')} />
      )}
    </div>
  );
}
