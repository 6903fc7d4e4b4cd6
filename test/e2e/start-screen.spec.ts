import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchHarbor, type HarborApp } from './harness/launch';
import { channelNames } from '../../shared/ipc/channel-names';

describe('start screen', () => {
  // One browser for the file (none of these tests changes what Harbor stores); a fresh page for each.
  let app: HarborApp;
  let first = true;
  beforeAll(async () => {
    app = await launchHarbor();
  });
  beforeEach(async () => {
    if (first) first = false;
    else await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows what Harbor is and one way in', async () => {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome to Harbor');
    await page.getByRole('button', { name: 'Get started' }).waitFor();
    expect(await page.locator('.lead').textContent()).toContain('share it only as far as you choose');
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/start-screen.png', fullPage: true });
  });

  it('round-trips app:info through the bridge and shows the version', async () => {
    const { page } = app;
    const info = await page.evaluate(() => window.harbor.app.info());
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value.name).toBe('Harbor');
    expect(info.value.platform).toBe(process.platform);
    await page.getByText(`Harbor ${info.value.version}`, { exact: false }).waitFor();
  });

  it('answers bad input with a readable error and keeps working', async () => {
    const { page } = app;
    const bad = await page.evaluate(() =>
      window.harbor.prefs.set({ theme: 'neon' } as unknown as Parameters<typeof window.harbor.prefs.set>[0]),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.message).toMatch(/could not understand \(at theme\)/);
    const after = await page.evaluate(() => window.harbor.app.info());
    expect(after.ok).toBe(true);
  });

  it('exposes only the purpose-named API, not a generic send', async () => {
    const keys = await app.page.evaluate(() => ({
      areas: Object.keys(window.harbor).sort(),
      hasRequire: typeof (window as unknown as { require?: unknown }).require,
      hasProcess: typeof (window as unknown as { process?: unknown }).process,
    }));
    const areas = [...new Set(channelNames.map((name) => name.split(':')[0]!)), 'events'].sort();
    expect(keys.areas).toEqual(areas);
    expect(keys.hasRequire).toBe('undefined');
    expect(keys.hasProcess).toBe('undefined');
  });
});
