import type { OutputDone } from '../../src-shared/ipc/files';
import { downloadFromBridge } from './transport/http-transfer';

/**
 * Hand a finished output to the user: nothing to do for a path; a download is fetched from
 * the bridge and saved by the browser under its name (the browser's download folder or
 * Save dialog, as the user set it up). Rejects when the download is gone or refused.
 */
export async function deliverOutput(done: OutputDone): Promise<void> {
  if (done.kind !== 'download') return;
  const blob = await downloadFromBridge(done.downloadId);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = done.name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken its own reference once the click is handled; free ours after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
