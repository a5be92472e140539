import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const NAME = 'Transport Check Workbook';

describe('the renderer over the localhost bridge', () => {
  it('connects with the token from the URL, then removes the token from the address bar', async () => {
    app = await startApp({ workbook: { empty: { name: NAME } } });
    await expect.poll(() => app!.page.getByTestId('workbook-name').textContent()).toContain(NAME);
    expect(app.page.url()).toBe(app.origin);
    expect(app.errors).toEqual([]);
  });

  it('keeps working after a page reload, with the token kept only for this tab', async () => {
    app = await startApp({ workbook: { empty: { name: NAME } } });
    await app.page.getByTestId('workbook-name').waitFor();
    await app.page.reload();
    await expect.poll(() => app!.page.getByTestId('workbook-name').textContent()).toContain(NAME);
    const fresh = await app.context.newPage();
    await fresh.goto(app.origin);
    await expect.poll(() => fresh.getByRole('alert').textContent()).toMatch(/token/i);
  });

  it('refuses a page that brings a wrong token and says to open the printed URL again', async () => {
    app = await startApp({ workbook: { empty: { name: NAME } }, open: false });
    await app.page.goto(`${app.origin}#token=${'0'.repeat(64)}`);
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/token/i);
    expect(await app.page.getByTestId('workbook-name').count()).toBe(0);
  });

  it('shows a change made by another client without a reload, through the pushed event', async () => {
    app = await startApp({ workbook: { empty: { name: NAME } } });
    await app.page.getByTestId('workbook-name').waitFor();
    await app.session.call('workbook/update-settings', { patch: { name: 'Renamed Elsewhere' } });
    await expect.poll(() => app!.page.getByTestId('workbook-name').textContent()).toContain('Renamed Elsewhere');
  });
});
