import { lazy, Suspense, useState } from 'react';
import { useWorkbook } from '../state/WorkbookContext';

const ExportDialog = lazy(() => import('../features/excel-export/ExportDialog'));
const ImportChangesDialog = lazy(() => import('../features/import-changes/ImportChangesDialog'));

type Open = 'export' | 'import-changes' | null;

/** The header's File menu: Excel export, round-trip import, and the way to data imports. */
export function FileMenu() {
  const wb = useWorkbook();
  const [menu, setMenu] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const choose = (what: Open | 'imports') => {
    setMenu(false);
    if (what === 'imports') wb.setArea('imports');
    else setOpen(what);
  };
  return (
    <div className="file-menu">
      <button
        type="button"
        data-testid="file-menu"
        aria-haspopup="menu"
        aria-expanded={menu}
        onClick={() => setMenu(!menu)}
      >
        File ▾
      </button>
      {menu && (
        <ul role="menu" className="file-menu-list">
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-export" onClick={() => choose('export')}>
              Export to Excel…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              data-testid="file-import-changes"
              onClick={() => choose('import-changes')}
            >
              Import changes from Excel…
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-import-data" onClick={() => choose('imports')}>
              Import actuals, POs or timesheets…
            </button>
          </li>
        </ul>
      )}
      <Suspense fallback={null}>
        {open === 'export' && <ExportDialog onClose={() => setOpen(null)} />}
        {open === 'import-changes' && <ImportChangesDialog onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  );
}
