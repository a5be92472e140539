import { useState } from 'react';
import { DimensionGrid } from './DimensionGrid';
import { KIND_SPECS, type DimensionKind } from './dimension-specs';
import { useWorkbook } from '../../state/WorkbookContext';

/** Reference data: cost centers, departments, services, accounts and vendors. */
export default function SetupScreen() {
  const [kind, setKind] = useState<DimensionKind>('cost-center');
  const wb = useWorkbook();
  const spec = KIND_SPECS.find((s) => s.kind === kind)!;
  return (
    <div className="setup-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Setup</h1>
        </div>
        <div className="segmented" role="tablist" aria-label="Reference data">
          {KIND_SPECS.map((s) => (
            <button
              key={s.kind}
              type="button"
              role="tab"
              aria-selected={s.kind === kind}
              className={s.kind === kind ? 'active' : ''}
              data-testid={`setup-tab-${s.kind}`}
              onClick={() => setKind(s.kind)}
            >
              {s.plural} <span className="muted small">{s.rows(wb.dimensions).length}</span>
            </button>
          ))}
        </div>
      </div>
      <DimensionGrid key={kind} spec={spec} />
    </div>
  );
}
