import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src-shared/money/format';
import { sumMoney } from '../../src-shared/money/money';
import { eventually } from './budget-page';
import { startApp, type AppHarness } from './harness';

describe('the Imports wizard', () => {
  let app: AppHarness;
  let dir: string;
  let csv: string;
  let codes: { cc: string; svc: string; acct: string };

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    const dims = await app.session.call('dimensions/get-all', {});
    codes = { cc: dims.costCenters[0]!.code, svc: dims.services[0]!.code, acct: dims.accounts[0]!.code };
    dir = mkdtempSync(join(tmpdir(), 'outlay-e2e-import-'));
    csv = join(dir, 'gl-march.csv');
    const { cc, svc, acct } = codes;
    writeFileSync(
      csv,
      [
        'Posting Date;Cost Centre;Service;GL Account;Amount (local);Document',
        `02.03.2031;${cc};${svc};${acct};1.250,40;E2E-1`,
        `03.03.2031;GL-4711;${svc};${acct};(99,60);E2E-2`,
        `04.03.2031;${cc};${svc};${acct};12,3,4;E2E-3`,
        `05.03.2031;${cc};${svc};${acct};300,00;E2E-4`,
      ].join('\r\n'),
    );
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('maps a GL file, translates an unknown cost center, shows control totals and imports the valid rows after confirming the left-out one', async () => {
    const { page } = app;
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('imports-setup').waitFor();
    await page.getByTestId('imports-kind').selectOption('actuals');
    await page.getByTestId('imports-source-name').fill('Ledger E2E');
    await page.getByTestId('imports-file-path').fill(csv);
    await page.getByTestId('imports-decimal').selectOption('comma');
    await page.getByTestId('imports-dates').selectOption('dmy');
    await page.getByTestId('imports-read').click();

    await page.getByTestId('imports-mapping').waitFor();
    expect(await page.getByTestId('imports-map-costCenter').inputValue()).toBe('Cost Centre');
    expect(await page.getByTestId('imports-map-amount').inputValue()).toBe('Amount (local)');
    expect(await page.getByTestId('imports-map-date').inputValue()).toBe('Posting Date');
    expect(await page.getByTestId('imports-samples-costCenter').innerText()).toContain('GL-4711');

    await page.getByTestId('imports-check').click();
    await page.getByTestId('imports-report').waitFor();
    await eventually(() => page.getByTestId('imports-counts').innerText(), '4 rows · 2 to import · 2 with problems');
    await page.getByTestId('imports-problems').getByText('Cost center "GL-4711" is not in the workbook').waitFor();

    await page.getByTestId('imports-translate-costCenter-GL-4711').selectOption(codes.cc);
    await page.getByTestId('imports-translate-save-costCenter-GL-4711').click();
    await eventually(() => page.getByTestId('imports-counts').innerText(), '4 rows · 3 to import · 1 with problems');
    const source = (await app.session.call('imports/list-sources', { kind: 'actuals' })).find(
      (s) => s.name === 'Ledger E2E',
    )!;
    expect(source.codeMaps).toEqual([{ dimension: 'costCenter', externalCode: 'GL-4711', outlayCode: codes.cc }]);

    // The totals shown are the service's own preview of the same file and mapping.
    const mapping = {
      headerRow: 1,
      columns: {
        date: 'Posting Date',
        costCenter: 'Cost Centre',
        service: 'Service',
        account: 'GL Account',
        amount: 'Amount (local)',
        reference: 'Document',
      },
      defaults: {},
    };
    const expected = await app.session.call('imports/preview', {
      file: { kind: 'path', path: csv },
      kind: 'actuals',
      sourceId: source.id,
      mapping,
      options: { decimal: 'comma', dateOrder: 'dmy', delimiter: ';' },
    });
    const base = (await app.session.call('workbook/get-info', {})).settings.baseCurrency;
    const usd = expected.totals.find((t) => t.currency === base)!;
    expect(usd.importTotal).toBe(sumMoney(['1250.40', '-99.60', '300.00']));
    expect(await page.getByTestId(`imports-import-total-${base}`).innerText()).toBe(
      formatMoney(usd.importTotal, 2, { parens: true }),
    );
    expect(await page.getByTestId(`imports-file-total-${base}`).innerText()).toBe(
      formatMoney(usd.fileTotal, 2, { parens: true }),
    );

    await page.getByTestId('imports-apply').click();
    await page.getByTestId('confirm-dialog').getByText('1 rows have problems').waitFor();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('imports-batches').waitFor();
    const [batch] = await app.session.call('imports/list-batches', { kind: 'actuals' });
    expect(batch).toMatchObject({
      fileName: 'gl-march.csv',
      sourceName: 'Ledger E2E',
      importedCount: 3,
      leftOutCount: 1,
    });
    expect(batch!.totals).toEqual(expected.totals);
    await page.getByTestId('imports-batches').getByText('gl-march.csv').waitFor();

    const undoState = await app.session.call('journal/get-undo-state', {});
    expect(undoState.undoLabel).toBe('Import 3 actuals from gl-march.csv');
    await page.getByTestId('undo').click();
    await eventually(async () => (await app.session.call('imports/list-batches', { kind: 'actuals' })).length, 0);
  });
  it('opens from the File menu; a saved source brings back its options and translations, and the same file is not imported twice', async () => {
    const { page } = app;
    await page.getByTestId('nav-budget').click();
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-import-data').click();
    await page.getByTestId('imports-setup').waitFor();
    const source = (await app.session.call('imports/list-sources', { kind: 'actuals' })).find(
      (s) => s.name === 'Ledger E2E',
    )!;
    await page.getByTestId('imports-source').selectOption(source.id);
    expect(await page.getByTestId('imports-decimal').inputValue()).toBe('comma');
    expect(await page.getByTestId('imports-dates').inputValue()).toBe('dmy');
    await page.getByTestId('imports-file-path').fill(csv);
    await page.getByTestId('imports-read').click();
    await page.getByTestId('imports-check').click();
    await eventually(() => page.getByTestId('imports-counts').innerText(), '4 rows · 3 to import · 1 with problems');
    await page.getByTestId('imports-apply').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('imports-batches').waitFor();
    expect(await app.session.call('imports/list-batches', { kind: 'actuals' })).toHaveLength(1);

    await page.getByTestId('imports-tab-new').click();
    await page.getByTestId('imports-source').selectOption(source.id);
    await page.getByTestId('imports-file-path').fill(csv);
    await page.getByTestId('imports-read').click();
    await page.getByTestId('imports-check').click();
    await eventually(
      () => page.getByTestId('imports-counts').innerText(),
      '4 rows · 0 to import · 1 with problems · 3 imported before (skipped)',
    );
    await page.getByTestId('imports-same-file').waitFor();
    expect(await page.getByTestId('imports-apply').isDisabled()).toBe(true);
  });
  it('closes a month for imports, so the check refuses rows dated in it, and reopens it', async () => {
    const { page } = app;
    await page.getByTestId('imports-tab-closed').click();
    await page.getByTestId('imports-close-month').fill('2031-03');
    await page.getByTestId('imports-close').click();
    await eventually(() => app.session.call('imports/list-closed-periods', {}), ['2031-03']);
    const source = (await app.session.call('imports/list-sources', { kind: 'actuals' })).find(
      (s) => s.name === 'Ledger E2E',
    )!;
    const p = await app.session.call('imports/preview', {
      file: { kind: 'path', path: csv },
      kind: 'actuals',
      sourceId: source.id,
      mapping: source.mapping!,
      options: source.options!,
    });
    expect(p.problems.filter((x) => x.kind === 'closed-period').map((x) => x.row)).toEqual([2, 3, 4, 5]);
    await page.getByRole('button', { name: 'Reopen 2031-03' }).click();
    await eventually(() => app.session.call('imports/list-closed-periods', {}), []);
  });
});
