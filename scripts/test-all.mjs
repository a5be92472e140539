#!/usr/bin/env node
// Runs every suite (unit, integration, e2e) in one vitest run and ends with the one
// summary line CI reads: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join(process.cwd(), '.tmp');
const outFile = join(outDir, 'vitest-results.json');
mkdirSync(outDir, { recursive: true });
rmSync(outFile, { force: true });

const extra = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outFile}`,
    ...extra,
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no tests but must still fail the run.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  failed += brokenFiles.length;
} catch {
  console.error('test-all: vitest wrote no results; counting the run as failed');
  failed = Math.max(failed, 1);
}
// Vitest also fails a run for errors outside any test (an uncaught exception after a test):
// count that as a failure too, so the line never says 0 failed for a red run.
if (run.status !== 0 && failed === 0) {
  console.error('test-all: vitest exited with errors outside the tests (see above); counting one failure');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
