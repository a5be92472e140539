import {
  OPTIONAL_BILLING_DIMS,
  OPTIONAL_BILLING_GRAIN,
  type OptionalBillingGrain,
} from '../../../src-shared/ipc/billing-import-types';

export interface GrainChoice {
  dims: OptionalBillingGrain[];
  byDay: boolean;
}

const ALL = OPTIONAL_BILLING_DIMS;

/** Every dimension, by month: the default grain of an import. */
export const FULL_GRAIN: GrainChoice = { dims: ALL, byDay: false };

/**
 * The detail an import keeps: by charge month or day, and which dimensions beyond the
 * billing period, provider and billing account (always kept: they decide replacement).
 * Less detail means fewer aggregates for a very large bill.
 */
export function BillingGrainPicker({ value, onChange }: { value: GrainChoice; onChange: (g: GrainChoice) => void }) {
  const toggle = (d: OptionalBillingGrain, on: boolean) =>
    onChange({ ...value, dims: ALL.filter((x) => (x === d ? on : value.dims.includes(x))) });
  return (
    <fieldset className="billing-grain" data-testid="billing-import-grain">
      <legend>Detail kept (billing period, provider and billing account always)</legend>
      <label>
        <input
          type="checkbox"
          checked={value.byDay}
          data-testid="billing-grain-by-day"
          onChange={(e) => onChange({ ...value, byDay: e.target.checked })}
        />
        By day (otherwise by month)
      </label>
      {ALL.map((d) => (
        <label key={d}>
          <input
            type="checkbox"
            checked={value.dims.includes(d)}
            data-testid={`billing-grain-${d}`}
            onChange={(e) => toggle(d, e.target.checked)}
          />
          {OPTIONAL_BILLING_GRAIN[d]}
        </label>
      ))}
    </fieldset>
  );
}
