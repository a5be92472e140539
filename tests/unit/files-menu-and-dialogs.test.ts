import type { BaseWindow, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { FileMenuCommand } from '../../src-shared/ipc/files';
import { appMenuTemplate, type MenuActions } from '../../src-main/menu/app-menu-template';
import { dialogFilters, saveFilters } from '../../src-main/window/dialog-filters';

const noop = () => undefined;
const actions: MenuActions = {
  newWorkbook: noop,
  openWorkbook: noop,
  openRecent: noop,
  clearRecent: noop,
  saveAs: noop,
  closeWorkbook: noop,
  undo: noop,
  redo: noop,
  about: noop,
};

function fileMenu(requests: [FileMenuCommand, BaseWindow | undefined][], isMac = false): MenuItemConstructorOptions[] {
  const template = appMenuTemplate(actions, [], (command, win) => requests.push([command, win]), isMac);
  const file = template.find((m) => m.label === '&File');
  if (!file || !Array.isArray(file.submenu)) throw new Error('no File menu');
  return file.submenu;
}

describe('the Electron File menu', () => {
  it('offers the Excel exchange entries, each asking the clicked window for its dialog', () => {
    const requests: [FileMenuCommand, BaseWindow | undefined][] = [];
    const items = fileMenu(requests);
    const labels = items.map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(
      expect.arrayContaining(['&Export to Excel…', 'Import &Changes from Excel…', 'Import &Data…']),
    );
    const win = { id: 7 } as unknown as BaseWindow;
    for (const label of ['&Export to Excel…', 'Import &Changes from Excel…', 'Import &Data…']) {
      const item = items.find((i) => i.label === label);
      item?.click?.({} as MenuItem, win, {} as KeyboardEvent);
    }
    expect(requests).toEqual([
      ['export', win],
      ['import-changes', win],
      ['import-data', win],
    ]);
  });

  it('puts the Excel entries after Save As and before Close, between separators', () => {
    const items = fileMenu([]);
    const at = (label: string) => items.findIndex((i) => i.label === label);
    expect(at('Save &As…')).toBeLessThan(at('&Export to Excel…'));
    expect(at('Import &Data…')).toBeLessThan(at('&Close'));
    expect(items[at('&Export to Excel…') - 1]?.type).toBe('separator');
    expect(items[at('Import &Data…') + 1]?.type).toBe('separator');
  });

  it('keeps Quit out of the File menu on macOS, where the app menu has it', () => {
    expect(fileMenu([], true).some((i) => i.role === 'quit')).toBe(false);
    expect(fileMenu([], false).some((i) => i.role === 'quit')).toBe(true);
  });
});

describe('native dialog filters', () => {
  it('turn an accept list into a filter of every type, one per type, and All files', () => {
    expect(dialogFilters('.xlsx, .CSV,text/csv,.xlsx')).toEqual([
      { name: 'Supported files (.xlsx, .csv)', extensions: ['xlsx', 'csv'] },
      { name: 'Excel workbook (.xlsx)', extensions: ['xlsx'] },
      { name: 'CSV file (.csv)', extensions: ['csv'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('offer all files when the accept list names no extension', () => {
    expect(dialogFilters('')).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(dialogFilters('text/csv')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });

  it('suggest the save filter from the default name', () => {
    expect(saveFilters('Budget FY2027.xlsx')[0]).toEqual({ name: 'Excel workbook (.xlsx)', extensions: ['xlsx'] });
    expect(saveFilters('README')).toEqual([]);
  });
});
