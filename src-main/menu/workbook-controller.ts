import { app, dialog, shell, type BrowserWindow, type WebContents } from 'electron';
import { existsSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../src-shared/ipc/errors';
import type { WorkbookSession } from '../services/session-api';
import type { RecentFiles } from './recent-files';

export const WORKBOOK_FILTERS = [{ name: 'Outlay workbook', extensions: ['outlay'] }];

export interface WorkbookControllerDeps {
  openFile(path: string): WorkbookSession | Promise<WorkbookSession>;
  createFile(path: string): WorkbookSession | Promise<WorkbookSession>;
  recent: RecentFiles;
  window(): BrowserWindow | null;
  /** Called whenever the open workbook or the recent list changes (rebuild menu, rewire events). */
  onSwitched(session: WorkbookSession | null): void;
}

/**
 * The page's own Ctrl+Z handler runs first and stops the menu when it acts; the menu
 * still fires for clicks and for keys the page left alone, such as Cmd+Z in a text
 * field on macOS, where the user means the text.
 */
async function textFieldFocused(wc: WebContents): Promise<boolean> {
  const probe = `(() => { const e = document.activeElement;
    return !!e && (e.isContentEditable || e.tagName === 'INPUT' || e.tagName === 'TEXTAREA'); })()`;
  try {
    return (await wc.executeJavaScript(probe)) === true;
  } catch {
    return false;
  }
}

const withExtension = (p: string) => (p.toLowerCase().endsWith('.outlay') ? p : `${p}.outlay`);

/**
 * Owns "which workbook is open" for the Electron app and runs the File and Edit menu
 * actions against it. Switching workbooks reloads the page so every view starts from
 * the new file rather than patching state from the old one.
 */
export class WorkbookController {
  private current: WorkbookSession | null = null;

  constructor(private readonly deps: WorkbookControllerDeps) {}

  get session(): WorkbookSession | null {
    return this.current;
  }

  /** Opens `path` (refused files leave the current workbook open); returns false on failure. */
  open(path: string, opts: { quiet?: boolean } = {}): Promise<boolean> {
    return this.switchTo(() => this.deps.openFile(path), path, 'open', opts.quiet);
  }

  /** Adopts a session opened elsewhere (the startup demo) as the current workbook. */
  adopt(make: () => WorkbookSession | Promise<WorkbookSession>, path: string): Promise<boolean> {
    return this.switchTo(make, path, 'open', true);
  }

  async newWorkbook(): Promise<void> {
    const r = await this.saveDialog('New Workbook', 'Budget.outlay');
    if (r && this.replaceable(r)) await this.switchTo(() => this.deps.createFile(r), r, 'create');
  }

  async openWithDialog(): Promise<void> {
    const win = this.deps.window();
    const opts = { title: 'Open Workbook', filters: WORKBOOK_FILTERS, properties: ['openFile' as const] };
    const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    const file = r.filePaths[0];
    if (!r.canceled && file) await this.open(file);
  }

  async saveAs(): Promise<void> {
    const session = this.current;
    if (!session) return;
    const target = await this.saveDialog('Save Workbook As', basename(session.path));
    if (!target || !this.replaceable(target)) return;
    try {
      session.saveCopyAs(target);
    } catch (e) {
      this.showError(`Could not save ${basename(target)}`, e);
      return;
    }
    // Like any document app, keep working on the copy just saved.
    await this.open(target);
  }

  closeWorkbook(): void {
    // One window per workbook: closing the workbook closes its window.
    this.deps.window()?.close();
  }

  /** Undo in a text field undoes typing; anywhere else it undoes the last workbook command. */
  async undo(): Promise<void> {
    const wc = this.deps.window()?.webContents;
    if (wc && (await textFieldFocused(wc))) wc.undo();
    else await this.journal('journal/undo');
  }

  async redo(): Promise<void> {
    const wc = this.deps.window()?.webContents;
    if (wc && (await textFieldFocused(wc))) wc.redo();
    else await this.journal('journal/redo');
  }

  clearRecent(): void {
    this.deps.recent.clear();
    app.clearRecentDocuments();
    this.deps.onSwitched(this.current);
  }

  closeSession(): void {
    this.current?.close();
    this.current = null;
  }

  private async journal(channel: 'journal/undo' | 'journal/redo'): Promise<void> {
    if (!this.current) return;
    try {
      // The session emits workbook/changed; the renderer refreshes from that event.
      await this.current.call(channel, {});
    } catch (e) {
      if (e instanceof AppError && (e.code === 'nothing-to-undo' || e.code === 'nothing-to-redo')) shell.beep();
      else this.showError(channel === 'journal/undo' ? 'Could not undo' : 'Could not redo', e);
    }
  }

  /** The last open/create failure, for the startup path that reports it itself. */
  lastError: unknown = null;

  private async switchTo(
    make: () => WorkbookSession | Promise<WorkbookSession>,
    path: string,
    verb: 'open' | 'create',
    quiet = false,
  ): Promise<boolean> {
    let next: WorkbookSession;
    try {
      next = await make();
    } catch (e) {
      this.lastError = e;
      if (!quiet) this.showError(`Could not ${verb} ${basename(path)}`, e);
      return false;
    }
    this.current?.close();
    this.current = next;
    this.deps.recent.remember(next.path);
    app.addRecentDocument(next.path);
    this.deps.onSwitched(next);
    const win = this.deps.window();
    if (win && !win.isDestroyed()) {
      win.setTitle(`${basename(next.path)} — Outlay`);
      win.setRepresentedFilename(next.path);
      win.webContents.reload();
    }
    return true;
  }

  /**
   * The save dialog already asked the user to confirm replacing an existing file; remove
   * it (and its WAL side files) so creating or copying can proceed. The open workbook is
   * never replaced underneath itself.
   */
  private replaceable(target: string): boolean {
    if (this.current && resolve(this.current.path) === resolve(target)) {
      this.showError('Choose another file name', new Error(`${basename(target)} is the workbook that is open.`));
      return false;
    }
    try {
      for (const f of [target, `${target}-wal`, `${target}-shm`]) if (existsSync(f)) rmSync(f);
      return true;
    } catch (e) {
      this.showError(`Could not replace ${basename(target)}`, e);
      return false;
    }
  }

  private async saveDialog(title: string, defaultName: string): Promise<string | null> {
    const win = this.deps.window();
    const opts = {
      title,
      defaultPath: defaultName,
      filters: WORKBOOK_FILTERS,
      properties: ['showOverwriteConfirmation' as const],
    };
    const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    return r.canceled || !r.filePath ? null : withExtension(r.filePath);
  }

  private showError(title: string, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    const win = this.deps.window();
    const opts = { type: 'error' as const, title, message: title, detail: message };
    void (win ? dialog.showMessageBox(win, opts) : dialog.showMessageBox(opts));
  }
}
