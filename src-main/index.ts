import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { demoWorkbookPath, userDataDir } from './app-paths';
import { buildAppMenu, type MenuActions } from './menu/app-menu';
import { RecentFiles } from './menu/recent-files';
import { WorkbookController } from './menu/workbook-controller';
import { ELECTRON_BINDING_PATH, electronNativeBinding } from './native/electron-binding';
import { createWorkbook, openWorkbook } from './services';
import { openOrCreateDemo } from './startup-workbook';
import { forwardChanges, registerIpc } from './window/ipc-bridge';
import { builtWindowPaths, createMainWindow } from './window/main-window';
import { hardenAllWebContents } from './window/security';

// One folder for Electron's own state and ours, shared with the browser bridge.
app.setPath('userData', userDataDir());

const nativeBinding = electronNativeBinding(app.getAppPath());
const sessionOpts = nativeBinding ? { nativeBinding } : {};
const paths = builtWindowPaths(import.meta.dirname);
const recent = new RecentFiles(join(userDataDir(), 'recent-files.json'));
let win: BrowserWindow | null = null;
let stopForwarding: () => void = () => {};
let pendingFile: string | null = null;

const controller = new WorkbookController({
  openFile: (p) => openWorkbook(p, sessionOpts),
  createFile: (p) => createWorkbook(p, sessionOpts),
  recent,
  window: () => win,
  onSwitched: (session) => {
    stopForwarding();
    stopForwarding = session ? forwardChanges(session, () => win) : () => {};
    refreshMenu();
  },
});

const actions: MenuActions = {
  newWorkbook: () => void controller.newWorkbook(),
  openWorkbook: () => void controller.openWithDialog(),
  openRecent: (p) => void controller.open(p),
  clearRecent: () => controller.clearRecent(),
  saveAs: () => void controller.saveAs(),
  closeWorkbook: () => controller.closeWorkbook(),
  undo: () => void controller.undo(),
  redo: () => void controller.redo(),
  about: () =>
    void dialog.showMessageBox({
      title: 'About Outlay',
      message: `Outlay ${app.getVersion()}`,
      detail: `IT budget planning, offline.\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
    }),
};

function refreshMenu(): void {
  Menu.setApplicationMenu(buildAppMenu(actions, recent.list()));
}

/** A workbook named on the command line (`outlay-app file.outlay`), if any. */
function fileFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).findLast((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.outlay')) ?? null;
}

/** Opens the requested file, else the demo workbook (created on first start). False when neither opens. */
async function openStartupWorkbook(file: string | null): Promise<boolean> {
  if (file && (await controller.open(file))) return true;
  const demo = demoWorkbookPath();
  return controller.adopt(() => openOrCreateDemo(demo, sessionOpts), demo);
}

function failStartup(): void {
  const e = controller.lastError;
  const detail = e instanceof Error ? e.message : String(e);
  const hint = nativeBinding
    ? ''
    : `\n\nThe SQLite driver in node_modules is built for Node.js, not Electron. ` +
      `Build the Electron one with \`node scripts/build-electron-native.mjs\` (writes ${ELECTRON_BINDING_PATH}), ` +
      `or run \`npm start\` without Electron to use Outlay in the browser.`;
  dialog.showErrorBox('Outlay could not open a workbook', detail + hint);
  app.quit();
}

async function showWindow(): Promise<void> {
  if (win && !win.isDestroyed()) {
    if (win.isMinimized()) win.restore();
    win.focus();
    return;
  }
  if (!controller.session) {
    const file = pendingFile ?? recent.list()[0] ?? null;
    pendingFile = null;
    if (!(await openStartupWorkbook(file))) return failStartup();
  }
  win = createMainWindow(paths);
  const session = controller.session;
  if (session) {
    win.setTitle(`${session.path.split(/[\\/]/).pop()} — Outlay`);
    win.setRepresentedFilename(session.path);
  }
  win.on('closed', () => {
    win = null;
    controller.closeSession();
    stopForwarding();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Outlay window is running; it receives our argv through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = fileFromArgv(argv);
    if (file && win) void controller.open(file);
    else if (file) pendingFile = file;
    void showWindow();
  });
  // macOS delivers double-clicked files as an event, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && win) void controller.open(path);
    else pendingFile = path;
    if (app.isReady()) void showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => void showWindow());
  app.on('before-quit', () => controller.closeSession());

  void app.whenReady().then(() => {
    hardenAllWebContents();
    registerIpc({ window: () => win, session: () => controller.session, paths });
    refreshMenu();
    // An explicit file wins; otherwise the last workbook used, else the demo.
    pendingFile ??= fileFromArgv(process.argv);
    return showWindow();
  });
}
