import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAppProtocol, resolveAppPath } from '../../electron/app/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/security-policy';
import { createFakeSession } from '../stubs/electron';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'harbor-proto-'));
  await mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Harbor</title>');
  await writeFile(path.join(root, 'renderer', 'assets', 'a.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.txt'), 'outside');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('maps app URLs into the renderer folder only', () => {
    const dir = path.join(root, 'renderer');
    expect(resolveAppPath(dir, 'app://harbor/index.html')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://harbor/')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://harbor/assets/a.js')).toBe(path.join(dir, 'assets', 'a.js'));
    // The URL parser folds plain dot segments, so these stay inside the folder.
    for (const folded of ['app://harbor/../secret.txt', 'app://harbor/%2e%2e/secret.txt']) {
      expect(resolveAppPath(dir, folded), folded).toBe(path.join(dir, 'secret.txt'));
    }
    for (const bad of [
      'app://harbor/..%2fsecret.txt',
      'app://harbor/assets/..%5c..%5csecret.txt',
      'app://harbor/a%00.html',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://harbor/%E0%A4%A',
    ]) {
      expect(resolveAppPath(dir, bad), bad).toBeNull();
    }
  });

  it('serves files with the CSP and nosniff, and 404s anything outside', async () => {
    const ses = createFakeSession('harbor');
    registerAppProtocol(ses as never, path.join(root, 'renderer'));
    const handle = ses.protocolHandlers.get('app')!;
    const page: Response = await handle({ url: 'app://harbor/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Harbor</title>');
    const escape: Response = await handle({ url: 'app://harbor/..%2f..%2fsecret.txt' });
    expect(escape.status).toBe(404);
    const missing: Response = await handle({ url: 'app://harbor/nope.js' });
    expect(missing.status).toBe(404);
  });
});
