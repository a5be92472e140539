import { DEMAND_KEYS, type TcoModel } from '../../../src-shared/model';
import { firstDriver } from './templates';

/** One column of a list editor. */
export interface ListColumn {
  /** Path inside a row: "unitCost", "installed.units". */
  field: string;
  label: string;
  /** decimal: a decimal string; money: a decimal string or { amount, currency }; whole: a whole number. */
  type: 'text' | 'decimal' | 'money' | 'whole' | 'select';
  options?: readonly { value: string; label: string }[];
  /** Left empty, the field is removed from the row (the engine's default applies). */
  optional?: boolean;
}

/** A list of an alternative the editor shows as a table. */
export interface ListSpec {
  /** Path of the list inside the alternative: ["hardware"], ["subscription", "tiers"]. */
  path: readonly string[];
  title: string;
  columns: readonly ListColumn[];
  /** A new row, given the model (e.g. the first demand driver) and the rows already there. */
  newRow: (model: TcoModel, rows: readonly unknown[]) => Record<string, unknown>;
}

const DRIVERS = DEMAND_KEYS.map((k) => ({ value: k, label: k }));
const METHODS = ['straight-line', 'declining-balance', 'double-declining-balance', 'sum-of-the-years-digits'].map(
  (m) => ({ value: m, label: m }),
);
const WINDOW: ListColumn[] = [
  { field: 'fromMonth', label: 'From month', type: 'whole', optional: true },
  { field: 'toMonth', label: 'To month', type: 'whole', optional: true },
];

export const HARDWARE: Omit<ListSpec, 'path'> = {
  title: 'Hardware',
  columns: [
    { field: 'name', label: 'Name', type: 'text' },
    { field: 'driver', label: 'Driver', type: 'select', options: DRIVERS },
    { field: 'capacityPerUnit', label: 'Capacity / unit', type: 'decimal' },
    { field: 'unitCost', label: 'Unit cost', type: 'money' },
    { field: 'unitCostChangePercent', label: 'Price change %/yr', type: 'decimal', optional: true },
    { field: 'refreshYears', label: 'Refresh (yrs)', type: 'whole' },
    { field: 'depreciationYears', label: 'Depreciation (yrs)', type: 'whole' },
    { field: 'method', label: 'Method', type: 'select', options: METHODS, optional: true },
    { field: 'maintenancePercent', label: 'Maintenance %/yr', type: 'decimal' },
    { field: 'kwPerUnit', label: 'kW / unit', type: 'decimal' },
    { field: 'unitsPerRack', label: 'Units / rack', type: 'decimal' },
    { field: 'installed.units', label: 'Installed units', type: 'whole', optional: true },
    { field: 'installed.unitCost', label: 'Installed unit cost', type: 'money', optional: true },
    { field: 'installed.ageMonths', label: 'Installed age (months)', type: 'whole', optional: true },
  ],
  newRow: (model) => ({
    name: 'Servers',
    driver: firstDriver(model),
    capacityPerUnit: '20',
    unitCost: '10000',
    refreshYears: 5,
    depreciationYears: 5,
    maintenancePercent: '10',
    kwPerUnit: '0.5',
    unitsPerRack: '20',
  }),
};

export const RECURRING: Omit<ListSpec, 'path'> = {
  title: 'Recurring costs',
  columns: [
    { field: 'name', label: 'Name', type: 'text' },
    {
      field: 'category',
      label: 'Category',
      type: 'select',
      options: ['licences', 'staff', 'other'].map((c) => ({ value: c, label: c })),
    },
    { field: 'monthly', label: 'Monthly', type: 'money' },
    { field: 'per', label: 'Per', type: 'select', options: DRIVERS, optional: true },
    { field: 'escalationPercent', label: 'Escalation %/yr', type: 'decimal', optional: true },
    ...WINDOW,
  ],
  newRow: () => ({ name: 'Licence', category: 'licences', monthly: '1000' }),
};

export const STAFF: Omit<ListSpec, 'path'> = {
  title: 'Staff',
  columns: [
    { field: 'name', label: 'Name', type: 'text' },
    { field: 'fte', label: 'FTE', type: 'decimal' },
    { field: 'loadedCostPerYear', label: 'Loaded cost / yr', type: 'money' },
    { field: 'escalationPercent', label: 'Escalation %/yr', type: 'decimal', optional: true },
    ...WINDOW,
  ],
  newRow: () => ({ name: 'Team', fte: '1', loadedCostPerYear: '100000' }),
};

export const ONE_OFFS: Omit<ListSpec, 'path'> = {
  title: 'One-off costs',
  columns: [
    { field: 'name', label: 'Name', type: 'text' },
    { field: 'amount', label: 'Amount', type: 'money' },
    { field: 'month', label: 'Month', type: 'whole' },
    {
      field: 'category',
      label: 'Category',
      type: 'select',
      options: ['migration', 'other'].map((c) => ({ value: c, label: c })),
      optional: true,
    },
  ],
  newRow: () => ({ name: 'Migration', amount: '10000', month: 1 }),
};

export const TIERS: ListSpec = {
  path: ['subscription', 'tiers'],
  title: 'SaaS tiers',
  columns: [
    { field: 'fromUsers', label: 'From users', type: 'decimal' },
    { field: 'pricePerUserMonth', label: 'Price / user / month', type: 'money' },
  ],
  newRow: (_model, rows) => {
    const last = rows[rows.length - 1] as { fromUsers?: unknown } | undefined;
    const from = Number(last?.fromUsers ?? 0);
    return { fromUsers: String(Number.isFinite(from) ? from + 1000 : 1000), pricePerUserMonth: '40' };
  },
};

/** The lists every alternative has, under `prefix` (["legacy"] for a SaaS alternative's legacy system). */
export function commonLists(prefix: readonly string[], withHardware: boolean): ListSpec[] {
  const at = (spec: Omit<ListSpec, 'path'>, key: string): ListSpec => ({ ...spec, path: [...prefix, key] });
  return [
    ...(withHardware ? [at(HARDWARE, 'hardware')] : []),
    at(RECURRING, 'recurring'),
    at(STAFF, 'staff'),
    at(ONE_OFFS, 'oneOffs'),
  ];
}
