// Worker-thread entry for `outlay new`: plain JS so it loads without a build step, then
// registers tsx to run the TypeScript job. Messages: progress…, then done or failed.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createJob } = await import('./create-job.ts');
try {
  const summary = await createJob(workerData, (p) => parentPort.postMessage({ type: 'progress', progress: p }));
  parentPort.postMessage({ type: 'done', summary });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  parentPort.postMessage({
    type: 'failed',
    error: { name: err.name, code: err.code, message: err.message, stack: err.stack },
  });
}
