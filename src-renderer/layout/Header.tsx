import { fiscalYearLabel } from '../../src-shared/calendar/fiscal';
import { useWorkbook } from '../state/WorkbookContext';
import { UndoRedo } from './UndoRedo';
import { FileMenu } from './FileMenu';
import { fiscalYearSpan, selectableYears } from '../state/fiscal-years';

/** Workbook name, scenario and fiscal-year pickers (with the months the year spans), undo/redo. */
export function Header() {
  const wb = useWorkbook();
  const years = selectableYears(wb.info);
  return (
    <header className="app-header">
      <FileMenu />
      <div className="workbook-name" data-testid="workbook-name" title={wb.info.path}>
        <span data-testid="workbook-title">{wb.info.settings.name}</span>
        <span className="muted currency-tag">{wb.info.settings.baseCurrency}</span>
      </div>
      <label className="picker">
        <span>Scenario</span>
        <select data-testid="scenario-picker" value={wb.scenarioId} onChange={(e) => wb.setScenarioId(e.target.value)}>
          {wb.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.kind === 'baseline' ? ' (baseline)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="picker">
        <span>Fiscal year</span>
        <select
          data-testid="fy-picker"
          value={wb.fiscalYear}
          onChange={(e) => wb.setFiscalYear(Number(e.target.value))}
        >
          {years.map((fy) => (
            <option key={fy} value={fy}>
              {fiscalYearLabel(fy)}
              {fy === wb.info.currentFiscalYear ? ' (current)' : ''}
            </option>
          ))}
        </select>
        <span className="muted fy-span" data-testid="fy-span">
          {fiscalYearSpan(wb.fiscalYear, wb.info.settings.fyStartMonth)}
        </span>
      </label>
      <div className="segmented basis-switch" role="group" aria-label="Accrual or cash view">
        {(['accrual', 'cash'] as const).map((b) => (
          <button
            key={b}
            type="button"
            className={wb.basis === b ? 'active' : ''}
            aria-pressed={wb.basis === b}
            data-testid={`basis-${b}`}
            title={
              b === 'accrual'
                ? 'Accrual: spend spread over the service it buys, assets as depreciation'
                : 'Cash: spend booked when it is paid, assets when bought'
            }
            onClick={() => wb.setBasis(b)}
          >
            {b === 'accrual' ? 'Accrual' : 'Cash'}
          </button>
        ))}
      </div>
      <div className="header-spacer" />
      <UndoRedo />
    </header>
  );
}
