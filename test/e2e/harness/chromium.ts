import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
// Named for this process, as the app's own, so a Harbor printing meanwhile never sweeps it away.
import { makeProfileDir } from '../../../electron/export/print-profiles';

/** Flags this machine needs: no sandbox as root, no GPU, and no background traffic at all. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const candidates = [process.env.HARBOR_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error('Chromium was not found. Install it (apt-get install chromium) or set HARBOR_CHROMIUM.');
  }
  return found;
}

/**
 * A Chromium context on a throwaway profile with Chrome's network prediction off. Chrome (not
 * Electron, which has no such predictor) opens a speculative TCP connection to where a page starts
 * navigating, before any request exists for a route to cancel; the app never gets that far, since
 * the shell refuses navigation in will-navigate. No command-line switch turns it off: the profile
 * preference does.
 */
export async function launchQuietChromium(
  options: { args?: string[]; bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await makeProfileDir(os.tmpdir());
  await mkdir(path.join(profile, 'Default'));
  await writeFile(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ net: { network_prediction_options: NETWORK_PREDICTION_NEVER } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Chrome's "net.network_prediction_options": 2 is "never predict". */
const NETWORK_PREDICTION_NEVER = 2;
