import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferDir } from '../../src-main/io/files-store';
import { openWorkbook } from '../../src-main/services';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
let dir: string;

beforeAll(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'outlay-save-copy-'));
  await app.page.getByTestId('file-menu').waitFor();
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openSaveCopy() {
  await app.page.getByTestId('file-menu').click();
  await app.page.getByRole('menuitem', { name: 'Save a copy of the workbook…' }).click();
  await app.page.getByTestId('save-copy-dialog').waitFor();
}

/** What a reader of the workbook sees: its settings and the totals of every scenario-year. */
async function contentOf(file: string) {
  const session = await openWorkbook(file);
  try {
    const info = await session.call('workbook/get-info', {});
    return { settings: info.settings, totals: info.totals, counts: info.counts };
  } finally {
    session.close();
  }
}

describe('File → Save a copy of the workbook', () => {
  it('downloads a copy under the name the user gives, holding the same budget as the open workbook', async () => {
    await openSaveCopy();
    const stem = basename(app.file).replace(/\.outlay$/, '');
    const name = app.page.getByTestId('save-copy-output-name');
    expect(await name.inputValue()).toBe(`${stem} copy.outlay`);
    await name.fill('Budget backup.outlay');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('save-copy-confirm').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Budget backup.outlay');
    const saved = join(dir, 'downloaded.outlay');
    await download.saveAs(saved);
    await app.page.getByTestId('save-copy-dialog').waitFor({ state: 'detached' });

    const live = await app.session.call('workbook/get-info', {});
    expect(await contentOf(saved)).toEqual({ settings: live.settings, totals: live.totals, counts: live.counts });
    // Served once, then gone from the bridge's transfer folder.
    expect(readdirSync(transferDir()).filter((f) => f.endsWith('.out'))).toEqual([]);
  });

  it('writes the copy to a typed path instead, and refuses the open workbook’s own path next to the field', async () => {
    await openSaveCopy();
    await app.page.getByTestId('save-copy-output-path').fill(app.file);
    await app.page.getByTestId('save-copy-confirm').click();
    await expect
      .poll(() => app.page.getByTestId('save-copy-error').textContent())
      .toMatch(/cannot replace the open workbook/);

    const target = join(dir, 'typed copy.outlay');
    await app.page.getByTestId('save-copy-output-path').fill(target);
    await app.page.getByTestId('save-copy-confirm').click();
    await app.page.getByTestId('save-copy-dialog').waitFor({ state: 'detached' });
    expect(existsSync(target)).toBe(true);
    const live = await app.session.call('workbook/get-info', {});
    expect((await contentOf(target)).totals).toEqual(live.totals);
    expect(app.errors).toEqual([]);
  });
});
