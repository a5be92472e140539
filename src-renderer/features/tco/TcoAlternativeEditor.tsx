import type { Asset, AlternativeResult, TcoAlternative, TcoModel } from '../../../src-shared/model';
import type { EditorApi } from './editor-api';
import { fieldLabel, listsOf, scalarFields } from './model-fields';
import { fieldName, getIn } from './model-paths';
import { KIND_LABELS, newLegacySystem } from './templates';
import { TcoAssetsTable } from './TcoAssetsTable';
import { TcoField } from './TcoField';
import { TcoListTable } from './TcoListTable';

/**
 * Every input of one alternative: its name, its single values (prices, facility, go-live…),
 * its lists as tables and, for SaaS, the legacy system's and the register assets it retires.
 */
export function TcoAlternativeEditor({
  ed,
  alt,
  model,
  register,
  result,
  minorUnits,
  canRemove,
  onRemove,
}: {
  ed: EditorApi;
  alt: TcoAlternative;
  model: TcoModel;
  register: readonly Asset[];
  result: AlternativeResult | undefined;
  minorUnits: number;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const scalars = [
    ...scalarFields(alt),
    ...(alt.kind === 'saas' && alt.legacy ? scalarFields(alt.legacy, ['legacy']) : []),
  ];
  return (
    <fieldset className="tco-inputs-group tco-alt" data-testid={`tco-alt-${alt.id}`}>
      <legend>
        {alt.name} <span className="muted">({KIND_LABELS[alt.kind]})</span>
      </legend>
      <div className="tco-alt-head">
        <TcoField ed={ed} item={alt.id} path={['name']} value={alt.name} label="Name" spec={{ type: 'text' }} />
        <button
          type="button"
          className="link danger"
          disabled={!canRemove}
          onClick={onRemove}
          data-testid={`tco-remove-alt-${alt.id}`}
        >
          Remove alternative
        </button>
      </div>
      <div className="tco-scalars">
        {scalars.map((f) => (
          <TcoField
            key={fieldName(f.path)}
            ed={ed}
            item={alt.id}
            path={f.path}
            value={getIn(alt, f.path)}
            label={fieldLabel(f.field)}
            spec={{ type: f.whole ? 'whole' : 'decimal' }}
          />
        ))}
      </div>
      {listsOf(alt).map((spec) => (
        <TcoListTable key={fieldName(spec.path)} ed={ed} item={alt.id} host={alt} spec={spec} model={model} />
      ))}
      {alt.kind === 'saas' && (
        <button
          type="button"
          className="link"
          onClick={() => ed.set(alt.id, ['legacy'], alt.legacy ? undefined : newLegacySystem())}
          data-testid={`tco-legacy-${alt.id}`}
        >
          {alt.legacy ? 'Remove the legacy system' : '+ Legacy system (kept running until decommissioned)'}
        </button>
      )}
      {alt.kind === 'saas' && (
        <TcoAssetsTable
          ed={ed}
          alt={alt}
          register={register}
          retired={result?.decommissionedAssets}
          minorUnits={minorUnits}
        />
      )}
    </fieldset>
  );
}
