import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { CHANNELS } from './src-shared/ipc/contract';

/**
 * Three builds into out/: main (ESM, Node target; the app and the forecasting worker thread), preload (one self-contained CJS
 * file, because a sandboxed preload can neither load ES modules nor require anything
 * from node_modules) and the renderer (served by Electron from file:// or by the
 * localhost bridge over http).
 *
 * The preload gets the contract's channel list baked in at build time, so it imports
 * nothing but 'electron' (no zod, no schemas) and stays a few hundred bytes.
 */
export default defineConfig({
  main: {
    build: {
      // The forecasting worker is a second entry: worker threads load it by path
      // (out/main/forecast-worker.js, see forecast-workers/pool.ts), so it cannot be inlined.
      lib: {
        entry: {
          index: resolve(__dirname, 'src-main/index.ts'),
          'forecast-worker': resolve(__dirname, 'src-main/forecast-workers/worker.ts'),
        },
      },
      // better-sqlite3 is a native addon: it must stay a runtime require, never bundled.
      externalizeDeps: { include: ['better-sqlite3'] },
    },
  },
  preload: {
    define: { __OUTLAY_CHANNELS__: JSON.stringify(CHANNELS) },
    build: {
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts') },
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
    plugins: [react()],
  },
});
