import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../../shared/error-text/error-catalog';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/create-handlers';
import type { MainContext } from '../../../electron/ipc/main-context';
import { createMainServices } from '../../../electron/ipc/main-services';
import { createMemoryPreferences } from '../../../electron/prefs/memory-preferences';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

/** The real handlers over a real vault; the "save dialog" answers whatever path the test picks. */
async function harness() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-save-as-'));
  dirs.push(dir);
  const answer = { path: '' };
  const ctx: MainContext = {
    appInfo: { name: 'Harbor', version: 'test', platform: process.platform },
    vaultDir: path.join(dir, 'vault'),
    prefs: createMemoryPreferences(),
    emit: () => undefined,
    reloadRenderer: () => undefined,
    chooseSavePath: () => Promise.resolve(answer.path),
  };
  const services = createMainServices(ctx, { createOptions: { kdf: { memoryKiB: 19456, iterations: 2 } } });
  const call = createDispatch(createHandlers(ctx, services));
  expect((await call('vault:create', { passphrase: 'a long enough passphrase', recoveryKey: false })).ok).toBe(true);
  const templates = await call('template:list', undefined);
  if (!templates.ok) throw new Error('no templates');
  const templateId = (templates.value as { template: { id: string } }[])[0]!.template.id;
  return { dir, vaultDir: ctx.vaultDir, answer, call, templateId };
}

describe('saving a file the person placed with the save dialog', () => {
  it('refuses a place inside the vault folder, in English and Spanish, and leaves the vault opening', async () => {
    const { vaultDir, answer, call, templateId } = await harness();
    const header = await fs.readFile(path.join(vaultDir, 'vault.json'));
    for (const target of [path.join(vaultDir, 'vault.json'), path.join(vaultDir, 'notes.json')]) {
      answer.path = target;
      const result = await call('template:export', { id: templateId });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', messageKey: 'export.savingInVault' } });
    }
    expect(await fs.readFile(path.join(vaultDir, 'vault.json'))).toEqual(header);
    await expect(fs.access(path.join(vaultDir, 'notes.json'))).rejects.toThrow();
    expect(formatErrorMessage('en', 'export.savingInVault')).toMatch(/holds your Harbor vault/);
    expect(formatErrorMessage('es', 'export.savingInVault')).toMatch(/contiene tu bóveda de Harbor/);
    await call('vault:lock', undefined);
    expect((await call('vault:unlock', { passphrase: 'a long enough passphrase' })).ok).toBe(true);
  });

  it('refuses a link outside that leads into the vault', async () => {
    const { dir, vaultDir, answer, call, templateId } = await harness();
    const link = path.join(dir, 'innocent.json');
    await fs.symlink(path.join(vaultDir, 'vault.json'), link);
    answer.path = link;
    const result = await call('template:export', { id: templateId });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'export.savingInVault' } });
  });

  it('writes anywhere else and answers only the file name', async () => {
    const { dir, answer, call, templateId } = await harness();
    answer.path = path.join(dir, 'elsewhere', 'my template.json');
    const missing = await call('template:export', { id: templateId });
    expect(missing).toMatchObject({ ok: false, error: { messageKey: 'export.folderMissing' } });
    await fs.mkdir(path.join(dir, 'elsewhere'));
    const saved = await call('template:export', { id: templateId });
    expect(saved).toEqual({ ok: true, value: { status: 'saved', value: { fileName: 'my template.json' } } });
    expect(JSON.parse(await fs.readFile(answer.path, 'utf8'))).toBeTruthy();
  });
});
