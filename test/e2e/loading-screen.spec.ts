import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchHarbor } from './harness/launch';
import { heading } from './vault-steps';

/** What shows before Harbor knows which screen to show: only checkable where the bridge can be held. */
describe.skipIf(process.env.HARBOR_E2E_ELECTRON === '1')('the loading screen', () => {
  it('says Harbor is opening, without its name, is accessible, and gives way to the first screen', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = await launchHarbor({
      beforeCall: (channel) => (channel === 'vault:status' ? held : Promise.resolve()),
    });
    try {
      const { page } = app;
      const busy = page.getByRole('progressbar', { name: 'Opening…' });
      await busy.waitFor();
      await expect(page.locator('main').innerText()).resolves.not.toMatch(/Harbor/);
      await expectAxeClean(page, 'loading');
      release();
      await heading(page, 'Welcome to Harbor');
    } finally {
      release();
      await app.close();
    }
  });
});
