import type { OutputDone } from '../../src-shared/ipc/files';

/**
 * Hand a finished output to the user: nothing to do for a path; a download is fetched from
 * the bridge and saved by the browser. (Slot: downloads are not built yet.)
 */
export async function deliverOutput(done: OutputDone): Promise<void> {
  if (done.kind === 'download') throw new Error('downloads are not available in this build');
}
