import { existsSync } from 'node:fs';

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
