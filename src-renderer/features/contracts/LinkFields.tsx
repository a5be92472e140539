import { Field, Select, codeOptions } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';
import type { FieldErrors } from './draft-parse';

export type LinkKey = 'vendorId' | 'costCenterId' | 'serviceId' | 'accountId';
export const LINK_KEYS: readonly LinkKey[] = ['vendorId', 'costCenterId', 'serviceId', 'accountId'];

/** Optional links of a contract or cost item to the budget dimensions. */
export function LinkFields({
  value,
  onChange,
  errors,
  testPrefix,
}: {
  value: Record<LinkKey, string>;
  onChange: (key: LinkKey, id: string) => void;
  errors: FieldErrors;
  testPrefix: string;
}) {
  const d = useWorkbook().dimensions;
  const rows = { vendorId: d.vendors, costCenterId: d.costCenters, serviceId: d.services, accountId: d.accounts };
  const labels: Record<LinkKey, [string, string]> = {
    vendorId: ['Vendor', 'No vendor'],
    costCenterId: ['Cost center', 'No cost center'],
    serviceId: ['Service', 'No service'],
    accountId: ['Account', 'No account'],
  };
  return (
    <>
      {LINK_KEYS.map((k) => (
        <Field key={k} label={labels[k][0]} error={errors[k]}>
          <Select
            testId={`${testPrefix}-${k}`}
            ariaLabel={labels[k][0]}
            value={value[k]}
            none={labels[k][1]}
            options={codeOptions(rows[k])}
            onChange={(v) => onChange(k, v)}
          />
        </Field>
      ))}
    </>
  );
}
