import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bundle the file-components test page into `outDir` (index.html, main.js, main.css). */
export async function buildFilesPage(outDir: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'main.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    outdir: outDir,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Files test page</title>' +
      '<link rel="stylesheet" href="/main.css"></head><body><div id="root"></div>' +
      '<script type="module" src="/main.js"></script></body></html>',
  );
}
