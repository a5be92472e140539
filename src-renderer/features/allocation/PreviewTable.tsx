import type { AllocationPreview } from '../../../src-shared/model/allocation';
import { D, formatMoney } from '../../../src-shared/money';
import { useWorkbook } from '../../state/WorkbookContext';

/** Before / after / change per target of a proposed rule list, and the unallocated totals. */
export function PreviewTable({ preview }: { preview: AllocationPreview }) {
  const { minorUnits } = useWorkbook();
  const money = (m: string) => formatMoney(m, minorUnits, { parens: true });
  return (
    <div className="allocation-preview" data-testid="rule-preview-result">
      <table className="allocation-table">
        <caption>
          Effect on {preview.proposed.period} ({preview.proposed.currency})
        </caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Now</th>
            <th scope="col">With this change</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {preview.diff.map((d) => (
            <tr key={d.target} data-testid={`preview-row-${d.target}`}>
              <th scope="row">{d.name}</th>
              <td className="num">{money(d.before)}</td>
              <td className="num" data-testid="preview-after">
                {money(d.after)}
              </td>
              <td className={d.delta.startsWith('-') ? 'num negative' : 'num'}>{money(d.delta)}</td>
            </tr>
          ))}
          <tr data-testid="preview-unallocated">
            <th scope="row">Unallocated</th>
            <td className="num">{money(preview.unallocatedBefore)}</td>
            <td className="num">{money(preview.unallocatedAfter)}</td>
            <td className="num">{money(new D(preview.unallocatedAfter).minus(preview.unallocatedBefore).toFixed())}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
