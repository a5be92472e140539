import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { FileMenuCommand } from '../../src-shared/ipc/files';
import { useWorkbook } from '../state/WorkbookContext';
import '../styles/files.css';

const ExportDialog = lazy(() => import('../features/excel-export/ExportDialog'));
const ImportChangesDialog = lazy(() => import('../features/import-changes/ImportChangesDialog'));
const SaveCopyDialog = lazy(() => import('../features/files/SaveCopyDialog'));

type Open = 'export' | 'import-changes' | 'save-copy' | null;

/**
 * The header's File menu: Excel export, round-trip import, the way to data imports, and a
 * copy of the workbook. In Electron the app menu's File entries open the same dialogs.
 */
export function FileMenu() {
  const wb = useWorkbook();
  const [menu, setMenu] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const choose = (what: Open | 'imports') => {
    setMenu(false);
    if (what === 'imports') wb.setArea('imports');
    else setOpen(what);
  };
  const chooseRef = useRef(choose);
  chooseRef.current = choose;
  useEffect(
    () =>
      window.outlay?.onFileMenu?.((command: FileMenuCommand) =>
        chooseRef.current(command === 'import-data' ? 'imports' : command),
      ),
    [],
  );
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
          <li role="separator" className="file-menu-separator" />
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-save-copy" onClick={() => choose('save-copy')}>
              Save a copy of the workbook…
            </button>
          </li>
        </ul>
      )}
      <Suspense fallback={null}>
        {open === 'export' && <ExportDialog onClose={() => setOpen(null)} />}
        {open === 'import-changes' && <ImportChangesDialog onClose={() => setOpen(null)} />}
        {open === 'save-copy' && <SaveCopyDialog onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  );
}
