import { Dialog } from '../../components/Dialog';

/** Import changes from Excel… (slot: filled by the work on issue 5). */
export default function ImportChangesDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Import changes from Excel" onClose={onClose} testId="import-changes-dialog">
      <p className="muted">Not built yet.</p>
    </Dialog>
  );
}
