import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface MainWindowPaths {
  /** Built preload script (CommonJS: sandboxed preloads cannot be ES modules). */
  preload: string;
  /** Built renderer entry, out/renderer/index.html. */
  rendererHtml: string;
  /** Vite dev server URL during `electron-vite dev`; absent in a build. */
  devServerUrl?: string;
}

/** Paths of the built app relative to the main bundle in out/main. */
export function builtWindowPaths(mainDir: string): MainWindowPaths {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererHtml: join(mainDir, '../renderer/index.html'),
    ...(devServerUrl ? { devServerUrl } : {}),
  };
}

/** The one document the app's window may show; the IPC sender check compares against it. */
export function appDocumentUrl(paths: MainWindowPaths): string {
  return paths.devServerUrl ?? pathToFileURL(paths.rendererHtml).href;
}

/** Same document, ignoring the fragment and query the renderer may set. */
export function isAppDocument(url: string, paths: MainWindowPaths): boolean {
  const strip = (u: string) => u.split('#')[0]!.split('?')[0]!.replace(/\/$/, '');
  return strip(url) === strip(appDocumentUrl(paths));
}

/**
 * The budget window with Electron's secure defaults spelled out, so a future default
 * change cannot loosen them: isolated, sandboxed preload, no Node in the page or its
 * workers, no <webview>, web security on.
 */
export function createMainWindow(paths: MainWindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Outlay',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The title names the open workbook; the page's <title> must not overwrite it.
  win.on('page-title-updated', (event) => event.preventDefault());
  if (paths.devServerUrl) void win.loadURL(paths.devServerUrl);
  else void win.loadFile(paths.rendererHtml);
  return win;
}
