import { Dialog } from '../../components/Dialog';

/** Export to Excel… (slot: filled by the work on issue 5). */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Export to Excel" onClose={onClose} testId="export-dialog">
      <p className="muted">Not built yet.</p>
    </Dialog>
  );
}
