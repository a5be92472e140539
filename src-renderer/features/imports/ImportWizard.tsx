import { useState } from 'react';
import type { ImportMapping, ImportPreview, InspectResult } from '../../../src-shared/model/imports';
import { formatMoney } from '../../../src-shared/money/format';
import { useClient } from '../../api/ApiProvider';
import { errorMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useLongCall } from '../../api/useLongCall';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { ProgressBar } from '../../components/ProgressBar';
import { useWorkbook } from '../../state/WorkbookContext';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { SetupStep, type SetupValue } from './SetupStep';
import { TranslationPanel } from './TranslationPanel';

const START: SetupValue = {
  kind: 'actuals',
  sourceId: '',
  newName: '',
  file: null,
  options: { decimal: 'point', dateOrder: 'ymd' },
};

/**
 * The import wizard: kind, source and file → sheet, header row and column mapping → the
 * check of every row (problems, control totals, code translations) → Import, confirmed
 * when rows are left out. Nothing is written before Import except the source itself.
 */
export function ImportWizard(props: { onImported: () => void }) {
  const client = useClient();
  const wb = useWorkbook();
  const sources = useQuery('imports/list-sources', {}, { staleOn: touches(TABLES.imports) });
  const [setup, setSetup] = useState<SetupValue>(START);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [inspect, setInspect] = useState<InspectResult | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const check = useLongCall('imports/preview');
  const apply = useLongCall('imports/apply');
  const source = sources.data?.find((s) => s.id === sourceId) ?? null;

  const read = async (sheet?: string, headerRow?: number) => {
    if (!setup.file) return;
    setBusy(true);
    setError(null);
    try {
      let id = setup.sourceId || sourceId;
      if (!id) {
        const created = await client.call('imports/save-source', {
          kind: setup.kind,
          name: setup.newName.trim(),
          options: setup.options,
        });
        id = created.id;
        setSetup((s) => ({ ...s, sourceId: created.id }));
      }
      setSourceId(id);
      const seen = await client.call('imports/inspect', {
        file: setup.file,
        kind: setup.kind,
        sourceId: id,
        options: setup.options,
        ...(sheet !== undefined ? { sheet } : {}),
        ...(headerRow !== undefined ? { headerRow } : {}),
      });
      setInspect(seen);
      setMapping(seen.suggested);
      setPreview(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const scanArgs = () => ({
    file: setup.file!,
    kind: setup.kind,
    ...(sourceId ? { sourceId } : {}),
    mapping: mapping!,
    options: {
      ...setup.options,
      ...(inspect?.csv && !setup.options.delimiter ? { delimiter: inspect.csv.delimiter } : {}),
    },
  });

  const runCheck = async () => {
    if (!mapping || !setup.file) return;
    const p = await check.start(scanArgs());
    if (p) setPreview(p);
  };

  const runApply = async () => {
    setConfirm(false);
    if (!preview) return;
    const r = await apply.start({
      ...scanArgs(),
      onlyValid: preview.leftOutCount > 0,
      expectedRows: preview.rowCount,
      expect: { sha256: preview.sha256, mappingKey: preview.mappingKey },
    });
    if (!r) return;
    notify('info', r.message);
    if (r.imported > 0) {
      setInspect(null);
      setPreview(null);
      props.onImported();
    }
  };

  const leftOutSums = preview?.totals
    .filter((t) => t.leftOutTotal !== '0')
    .map((t) => `${t.currency} ${formatMoney(t.leftOutTotal, wb?.lookups.minorUnits.get(t.currency) ?? 2)}`)
    .join(', ');
  const failure = check.error?.message ?? apply.error?.message ?? null;
  return (
    <div className="imports-wizard">
      <SetupStep
        value={setup}
        sources={sources.data ?? []}
        onChange={setSetup}
        onRead={() => void read()}
        busy={busy}
        error={error}
      />
      {inspect && mapping && (
        <MappingStep
          key={`${inspect.sheet}:${mapping.headerRow}:${inspect.sha256}`}
          kind={setup.kind}
          inspect={inspect}
          mapping={mapping}
          onMapping={(m) => {
            setMapping(m);
            setPreview(null);
          }}
          onReinspect={(sheet, row) => void read(sheet, row)}
          onCheck={() => void runCheck()}
          busy={check.running || apply.running}
        />
      )}
      {check.running && (
        <ProgressBar
          title="Checking rows"
          progress={check.progress}
          onCancel={check.cancel}
          testId="imports-progress"
        />
      )}
      {apply.running && (
        <ProgressBar title="Importing" progress={apply.progress} onCancel={apply.cancel} testId="imports-progress" />
      )}
      {failure && (
        <p className="field-error" role="alert" data-testid="imports-error">
          {failure}
        </p>
      )}
      {preview && (
        <>
          <ReportStep preview={preview} />
          {source && <TranslationPanel source={source} problems={preview.problems} onSaved={() => void runCheck()} />}
          <button
            type="button"
            className="primary"
            data-testid="imports-apply"
            disabled={preview.validCount === 0 || apply.running || check.running}
            onClick={() => (preview.leftOutCount > 0 ? setConfirm(true) : void runApply())}
          >
            Import {preview.validCount} rows
          </button>
        </>
      )}
      {confirm && preview && (
        <ConfirmDialog
          title="Leave out rows with problems?"
          message={`${preview.leftOutCount} rows have problems and will not be imported${leftOutSums ? ` (their sum: ${leftOutSums})` : ''}. Import the other ${preview.validCount} rows?`}
          confirmLabel={`Import ${preview.validCount} rows`}
          onConfirm={() => void runApply()}
          onCancel={() => setConfirm(false)}
        />
      )}
    </div>
  );
}
