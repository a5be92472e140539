import type { Dimensions } from '../../../src-shared/ipc/contract';
import type { Option } from '../../components/Field';
import { codeOptions } from '../../components/Field';

export type DimensionKind = 'department' | 'cost-center' | 'service' | 'account' | 'vendor';

export interface FieldSpec {
  key: string;
  label: string;
  type: 'text' | 'ref' | 'enum';
  /** Choices for ref and enum fields (value = id). */
  options?: (d: Dimensions) => Option[];
  /** A ref that may be empty (sent as null). */
  nullable?: boolean;
  width?: number;
}

export interface KindSpec {
  kind: DimensionKind;
  label: string;
  plural: string;
  rows: (d: Dimensions) => readonly { id: string; code: string; name: string }[];
  fields: FieldSpec[];
}

const code: FieldSpec = { key: 'code', label: 'Code', type: 'text', width: 150 };
const name: FieldSpec = { key: 'name', label: 'Name', type: 'text', width: 260 };
const owner: FieldSpec = { key: 'owner', label: 'Owner', type: 'text', width: 180 };

/** What each setup grid shows and edits, mirroring the contract's dimensions/save rows. */
export const KIND_SPECS: KindSpec[] = [
  {
    kind: 'cost-center',
    label: 'Cost center',
    plural: 'Cost centers',
    rows: (d) => d.costCenters,
    fields: [
      code,
      name,
      { key: 'departmentId', label: 'Department', type: 'ref', options: (d) => codeOptions(d.departments), width: 220 },
      {
        key: 'parentId',
        label: 'Parent cost center',
        type: 'ref',
        nullable: true,
        options: (d) => codeOptions(d.costCenters),
        width: 220,
      },
      owner,
    ],
  },
  {
    kind: 'department',
    label: 'Department',
    plural: 'Departments',
    rows: (d) => d.departments,
    fields: [code, name, owner],
  },
  {
    kind: 'service',
    label: 'Service',
    plural: 'Services',
    rows: (d) => d.services,
    fields: [
      code,
      name,
      {
        key: 'towerId',
        label: 'TBM tower',
        type: 'ref',
        options: (d) => d.towers.map((t) => ({ value: t.id, label: t.name })),
        width: 190,
      },
      {
        key: 'costPoolId',
        label: 'Cost pool',
        type: 'ref',
        options: (d) => d.costPools.map((t) => ({ value: t.id, label: t.name })),
        width: 170,
      },
      owner,
    ],
  },
  {
    kind: 'account',
    label: 'Account',
    plural: 'Accounts',
    rows: (d) => d.accounts,
    fields: [
      code,
      name,
      {
        key: 'expenseType',
        label: 'CapEx / OpEx',
        type: 'enum',
        options: () => [
          { value: 'OpEx', label: 'OpEx' },
          { value: 'CapEx', label: 'CapEx' },
        ],
        width: 130,
      },
    ],
  },
  { kind: 'vendor', label: 'Vendor', plural: 'Vendors', rows: (d) => d.vendors, fields: [code, name] },
];

/** An empty row for the add form: text fields blank, the first choice of required pickers. */
export function blankRow(spec: KindSpec, d: Dimensions): Record<string, string> {
  const row: Record<string, string> = {};
  for (const f of spec.fields) row[f.key] = f.type === 'text' || f.nullable ? '' : (f.options?.(d)[0]?.value ?? '');
  return row;
}

/** The contract's row for dimensions/save: nullable refs as null, everything else as text. */
export function toSaveRow(spec: KindSpec, values: Record<string, unknown>, id?: string): Record<string, unknown> {
  const row: Record<string, unknown> = id ? { id } : {};
  for (const f of spec.fields) {
    const v = values[f.key];
    row[f.key] = f.nullable && (v === '' || v == null) ? null : (v ?? '');
  }
  return row;
}
