import { useState } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import {
  EXPORT_SHEET_CHOICES,
  type ExcelExportResult,
  type ExportSheetChoice,
} from '../../../src-shared/ipc/excel-export-contract';
import type { OutputRef } from '../../../src-shared/ipc/files';
import { formatMoney } from '../../../src-shared/money';
import { deliverOutput } from '../../api/deliver-output';
import { notify } from '../../api/notifications';
import { useLongCall } from '../../api/useLongCall';
import { Dialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { OutputPicker } from '../../components/OutputPicker';
import { ProgressBar } from '../../components/ProgressBar';
import { selectableYears } from '../../state/fiscal-years';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/excel-export.css';

const SHEET_LABELS: Record<ExportSheetChoice, string> = {
  budget: 'Budget (always)',
  summary: 'Summary: cost center × quarter, towers, chart data',
  actuals: 'Actuals: the posted actuals of the year, totals per currency',
  variance: 'Variance: budget against actuals by cost center and month (header basis)',
  forecast: 'Forecast: the next 12 months by cost center',
  assets: 'Assets: register with depreciation, write-offs and NBV for the year',
  tco: 'TCO: every saved model, cash per year and alternative, NPV',
};

/**
 * File ▸ Export to Excel…: a scenario's budget for a fiscal year as an .xlsx with live
 * formulas, written where the user chooses, with progress and Cancel.
 */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const wb = useWorkbook();
  const [scenarioId, setScenarioId] = useState(wb.scenarioId);
  const [fiscalYear, setFiscalYear] = useState(wb.fiscalYear);
  const [sheets, setSheets] = useState<ExportSheetChoice[]>(['budget', 'summary']);
  const [output, setOutput] = useState<OutputRef | null>(null);
  const [done, setDone] = useState<ExcelExportResult | null>(null);
  const call = useLongCall('excel/export');
  const scenario = wb.scenarios.find((s) => s.id === scenarioId);
  const defaultName = `${wb.info.settings.name} ${scenario?.name ?? ''} ${fiscalYearLabel(fiscalYear)}.xlsx`;
  const outputError = call.error?.details?.field === 'output';

  const toggle = (sheet: ExportSheetChoice, on: boolean) =>
    setSheets((s) => (on ? [...s, sheet] : s.filter((x) => x !== sheet)));

  const run = async () => {
    if (!output) return;
    setDone(null);
    const result = await call.start({ scenarioId, fiscalYear, sheets, basis: wb.basis, output });
    if (!result) return;
    await deliverOutput(result.output);
    setDone(result);
    notify('info', `Exported ${result.lines} budget lines to ${where(result)}.`);
  };
  const close = () => {
    call.cancel();
    onClose();
  };

  return (
    <Dialog
      title="Export to Excel"
      onClose={close}
      testId="export-dialog"
      width={560}
      footer={
        <>
          {call.error && !outputError && (
            <p className="form-error dialog-error" role="alert" data-testid="export-error">
              {call.error.message}
            </p>
          )}
          <button type="button" onClick={close} data-testid="export-close">
            Close
          </button>
          <button
            type="button"
            className="primary"
            data-testid="export-confirm"
            disabled={call.running || !output || !scenario}
            onClick={() => void run()}
          >
            Export
          </button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Scenario">
          <Select
            ariaLabel="Scenario"
            testId="export-scenario"
            value={scenarioId}
            options={wb.scenarios.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setScenarioId}
          />
        </Field>
        <Field label="Fiscal year">
          <Select
            ariaLabel="Fiscal year"
            testId="export-fiscal-year"
            value={String(fiscalYear)}
            options={selectableYears(wb.info).map((y) => ({ value: String(y), label: fiscalYearLabel(y) }))}
            onChange={(v) => setFiscalYear(Number(v))}
          />
        </Field>
      </div>
      <fieldset className="export-sheets">
        <legend>Sheets</legend>
        {EXPORT_SHEET_CHOICES.map((sheet) => (
          <label key={sheet}>
            <input
              type="checkbox"
              data-testid={`export-sheet-${sheet}`}
              checked={sheet === 'budget' || sheets.includes(sheet)}
              disabled={sheet === 'budget'}
              onChange={(e) => toggle(sheet, e.target.checked)}
            />
            {SHEET_LABELS[sheet]}
          </label>
        ))}
      </fieldset>
      <OutputPicker
        label="Save as"
        defaultName={defaultName}
        value={output}
        onChange={setOutput}
        testId="export-output"
      />
      {outputError && call.error && (
        <p className="form-error" role="alert" data-testid="export-output-error">
          {call.error.message}
        </p>
      )}
      {call.running && (
        <ProgressBar title="Exporting" progress={call.progress} onCancel={call.cancel} testId="export-progress" />
      )}
      {call.cancelled && (
        <p className="muted" data-testid="export-cancelled">
          Export cancelled; no file was written.
        </p>
      )}
      {done && (
        <p className="export-done" data-testid="export-result">
          Exported {done.lines} budget lines ({done.sheets.join(', ')}) to {where(done)}. Total{' '}
          {formatMoney(done.total, wb.minorUnits)} {done.baseCurrency}.
        </p>
      )}
    </Dialog>
  );
}

const where = (r: ExcelExportResult) => (r.output.kind === 'path' ? r.output.path : r.output.name);
