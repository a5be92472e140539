import { useEffect, useMemo, useState } from 'react';
import type { PostForecastResult } from '../../../src-shared/ipc/post-forecast-contract';
import { FORECAST_METHOD_CHOICES, type ForecastMethodChoice } from '../../../src-shared/model/forecast';
import { formatMoney, subMoney } from '../../../src-shared/money';
import { notify } from '../../api/notifications';
import { useLongCall } from '../../api/useLongCall';
import { Dialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { ProgressBar } from '../../components/ProgressBar';
import { useWorkbook } from '../../state/WorkbookContext';
import { METHOD_LABELS } from './forecast-labels';

/**
 * "Post to budget…": previews, per budget line, what the scenario's line forecast would
 * replace in the posted months (a dry run, with progress and Cancel), then posts it as one
 * command the header's Undo takes back.
 */
export function PostForecastDialog(props: {
  scenarioId: string;
  horizon: number;
  /** 'stored': each line's stored method. */
  method: ForecastMethodChoice | 'stored';
  onClose: () => void;
}) {
  const wb = useWorkbook();
  const [target, setTarget] = useState(props.scenarioId);
  const [method, setMethod] = useState<ForecastMethodChoice | 'stored'>(props.method);
  const [preview, setPreview] = useState<PostForecastResult | null>(null);
  const previewCall = useLongCall('posting/post-forecast');
  const postCall = useLongCall('posting/post-forecast');
  const { start: startPreview } = previewCall;
  const args = useMemo(
    () => ({
      sourceScenarioId: props.scenarioId,
      targetScenarioId: target,
      horizon: props.horizon,
      ...(method === 'stored' ? {} : { method }),
    }),
    [props.scenarioId, target, props.horizon, method],
  );

  // The preview follows the choices: each change runs a new dry run (cancelling the one in flight).
  useEffect(() => {
    setPreview(null);
    void startPreview({ ...args, dryRun: true }).then((r) => r && setPreview(r));
  }, [startPreview, args]);

  const post = async () => {
    const done = await postCall.start({ ...args, dryRun: false });
    if (!done) return;
    const n = done.lines.length;
    notify('info', `Posted the forecast to ${n} budget line${n === 1 ? '' : 's'}. Undo takes it back.`);
    props.onClose();
  };
  const close = () => {
    previewCall.cancel();
    postCall.cancel();
    props.onClose();
  };
  const running = previewCall.running || postCall.running;
  const error = postCall.error ?? previewCall.error;
  const units = (currency: string) => wb.dimensions.currencies.find((c) => c.code === currency)?.minorUnits ?? 2;

  return (
    <Dialog
      title="Post forecast to budget"
      onClose={close}
      testId="post-forecast-dialog"
      width={760}
      footer={
        <>
          {error && (
            <p className="form-error dialog-error" role="alert" data-testid="post-forecast-error">
              {error.message}
            </p>
          )}
          <button type="button" onClick={close}>
            Close
          </button>
          <button
            type="button"
            className="primary"
            data-testid="post-forecast-confirm"
            disabled={running || !preview || preview.lines.length === 0}
            onClick={() => void post()}
          >
            Post to {preview?.lines.length ?? 0} lines
          </button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Into scenario">
          <Select
            ariaLabel="Target scenario"
            testId="post-forecast-target"
            value={target}
            options={wb.scenarios.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setTarget}
          />
        </Field>
        <Field label="Method">
          <Select
            ariaLabel="Posting method"
            testId="post-forecast-method"
            value={method}
            options={[
              { value: 'stored', label: 'As stored per line' },
              ...FORECAST_METHOD_CHOICES.map((m) => ({ value: m, label: METHOD_LABELS[m] })),
            ]}
            onChange={(v) => setMethod(FORECAST_METHOD_CHOICES.find((m) => m === v) ?? 'stored')}
          />
        </Field>
      </div>
      {previewCall.running && (
        <ProgressBar
          title="Forecasting every line"
          progress={previewCall.progress}
          onCancel={previewCall.cancel}
          testId="post-forecast-preview-progress"
        />
      )}
      {postCall.running && (
        <ProgressBar
          title="Posting"
          progress={postCall.progress}
          onCancel={postCall.cancel}
          testId="post-forecast-progress"
        />
      )}
      {previewCall.cancelled && !preview && (
        <p className="muted">Preview cancelled. Change a choice to run it again.</p>
      )}
      {preview && <PreviewTable preview={preview} units={units} />}
    </Dialog>
  );
}

function PreviewTable({ preview, units }: { preview: PostForecastResult; units: (currency: string) => number }) {
  const m = preview.months;
  const base = units(preview.baseCurrency);
  return (
    <div data-testid="post-forecast-preview">
      <p className="muted" data-testid="post-forecast-summary">
        {m.length === 0
          ? 'No forecast month falls in a fiscal year of this workbook.'
          : `${m[0]} to ${m.at(-1)} (${m.length} months) · ${preview.lines.length} lines · forecast ` +
            `${formatMoney(preview.forecastTotal, base)} ${preview.baseCurrency}` +
            (preview.skipped.length ? ` · ${preview.skipped.length} skipped` : '')}
      </p>
      <div className="post-forecast-table">
        <table className="preview-table">
          <thead>
            <tr>
              <th>Line</th>
              <th>Currency</th>
              <th className="num">Now</th>
              <th className="num">Forecast</th>
              <th className="num">Change</th>
            </tr>
          </thead>
          <tbody>
            {preview.lines.map((l) => (
              <tr key={l.lineId} data-line-id={l.lineId}>
                <td title={l.description}>{l.label}</td>
                <td>{l.currency}</td>
                <td className="num" data-col="old">
                  {formatMoney(l.oldTotal, units(l.currency))}
                </td>
                <td className="num" data-col="new">
                  {formatMoney(l.newTotal, units(l.currency))}
                </td>
                <td className="num">{formatMoney(subMoney(l.newTotal, l.oldTotal), units(l.currency))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.skipped.length > 0 && (
        <details data-testid="post-forecast-skipped">
          <summary>{preview.skipped.length} lines skipped</summary>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s.lineId}>
                {s.label}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
