import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../../shared/core/dates';
import { masterDoc, terms } from '../../support/share-fixtures';
import { ipcHarness, type IpcHarness } from './ipc-harness';

// Sharing as the renderer asks for it: the file is written where the person chose, only its name
// goes back (never the folder), nothing is recorded when they cancel, and files are read from
// bytes the renderer sends, never from a path.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
async function harness(options?: Parameters<typeof ipcHarness>[0]) {
  const h = await ipcHarness(options);
  open.push(h);
  return h;
}

async function writerWithGrant(h: IpcHarness) {
  await h.value('profile:set', { fullName: 'María Ruiz' });
  const story = await h.value('story:create', { title: 'What happened in Tijuana', doc: { ...masterDoc } });
  const expiresOn = `${new Date().getUTCFullYear() + 1}-12-31`;
  const grant = await h.value('consent:create', { sourceIds: [story.id], terms: terms({ expiresOn }) });
  return { story, grant };
}

const base64Of = async (h: IpcHarness, name: string) => (await fs.readFile(path.join(h.out, name))).toString('base64');

describe('share handlers', () => {
  it('writes a package where the person chose, returns its name only, and records it', async () => {
    const h = await harness();
    const { story, grant } = await writerWithGrant(h);
    h.dialog.answer = 'for-the-hearing.harbor-share';
    const created = await h.value('share:create', { storyId: story.id, grantId: grant.id, title: 'A story' });
    expect(h.asked).toEqual([{ name: `shared-story-${localDay(new Date())}.harbor-share`, kind: 'harbor-share' }]);
    if (created.status !== 'saved') throw new Error('expected saved');
    expect(created.value.fileName).toBe('for-the-hearing.harbor-share');
    expect(JSON.stringify(created)).not.toContain(h.out);
    expect(created.value.shareCode.split('-')).toHaveLength(7);
    const sent = await h.value('share:sent', { storyId: story.id });
    expect(sent.map((p) => [p.packageId, p.fileName])).toEqual([
      [created.value.packageId, 'for-the-hearing.harbor-share'],
    ]);
    expect(await h.value('share:sent', undefined)).toHaveLength(1);

    // The advocate's Harbor opens the written file with the code.
    const advocate = await harness();
    const bytes = await base64Of(h, 'for-the-hearing.harbor-share');
    const view = await advocate.value('share:import', { base64: bytes, shareCode: created.value.shareCode });
    expect(view.packageId).toBe(created.value.packageId);
    expect(JSON.stringify(view)).not.toMatch(/Tijuana|Rosa|Delgado/);
    expect((await advocate.value('share:list', undefined)).map((s) => s.id)).toEqual([view.id]);
    expect((await advocate.value('share:get', { id: view.id })).title).toBe('A story');
    expect(await advocate.refusal('share:import', { base64: bytes, shareCode: 'not the code at all' })).toBe(
      'wrong_passphrase share.codeShape',
    );

    // A receipt goes back; the writer reads it. Its name is in the advocate's own language.
    await advocate.value('prefs:set', { language: 'es' });
    advocate.dialog.answer = 'receipt.harbor-receipt';
    const receipt = await advocate.value('share:receipt', { id: view.id });
    expect(receipt).toEqual({ status: 'saved', value: { fileName: 'receipt.harbor-receipt' } });
    expect(advocate.asked.at(-1)).toEqual({
      // A receipt has its own ending, not the package's.
      name: `recibo-${localDay(new Date())}.harbor-receipt`,
      kind: 'harbor-receipt',
    });
    const seen = await h.value('share:import-receipt', { base64: await base64Of(advocate, 'receipt.harbor-receipt') });
    expect(seen.packageId).toBe(created.value.packageId);
    expect(seen.lastReceiptAt).not.toBeNull();
    advocate.dialog.answer = null;
    expect(await advocate.value('share:receipt', { id: view.id })).toEqual({ status: 'cancelled' });

    // The writer withdraws it; the advocate's copy loses its text.
    await h.value('prefs:set', { language: 'es' });
    h.dialog.answer = 'withdrawal.harbor-withdrawal';
    const revoked = await h.value('share:revoke', { packageId: created.value.packageId, reason: 'no' });
    expect(h.asked.at(-1)).toEqual({
      name: `retirada-${localDay(new Date())}.harbor-withdrawal`,
      kind: 'harbor-withdrawal',
    });
    if (revoked.status !== 'saved') throw new Error('expected saved');
    expect(revoked.value.fileName).toBe('withdrawal.harbor-withdrawal');
    expect(revoked.value.sent.status).toBe('revoked');
    const after = await advocate.value('share:import-revocation', {
      base64: await base64Of(h, 'withdrawal.harbor-withdrawal'),
    });
    expect(after.status).toBe('revoked');
    expect(after.doc).toBeNull();
  });

  it('records nothing when the person cancels the save, and withdraws even when they cancel', async () => {
    const h = await harness();
    const { story, grant } = await writerWithGrant(h);
    h.dialog.answer = null;
    expect(await h.value('share:create', { storyId: story.id, grantId: grant.id, title: null })).toEqual({
      status: 'cancelled',
    });
    expect(await h.value('share:sent', undefined)).toEqual([]);
    h.dialog.answer = 'p.harbor-share';
    const created = await h.value('share:create', { storyId: story.id, grantId: grant.id, title: null });
    if (created.status !== 'saved') throw new Error('expected saved');
    h.dialog.answer = null;
    expect(await h.value('share:revoke', { packageId: created.value.packageId })).toEqual({ status: 'cancelled' });
    expect((await h.value('share:sent', undefined))[0]!.status).toBe('revoked');
  });

  it('says so when the file cannot be written, and records nothing', async () => {
    const h = await harness();
    const { story, grant } = await writerWithGrant(h);
    h.dialog.answer = path.join('no-such-folder', 'p.harbor-share');
    expect(await h.refusal('share:create', { storyId: story.id, grantId: grant.id, title: null })).toBe(
      'io export.folderMissing',
    );
    expect(await h.value('share:sent', undefined)).toEqual([]);
  });

  it('cannot save where there is no save dialog', async () => {
    const h = await harness({ noSaveDialog: true });
    const { story, grant } = await writerWithGrant(h);
    expect(await h.refusal('share:create', { storyId: story.id, grantId: grant.id, title: null })).toBe(
      'unsupported export.cannotSaveHere',
    );
    expect(await h.value('share:sent', undefined)).toEqual([]);
  });

  it('refuses an empty file before reading it', async () => {
    const h = await harness();
    expect(await h.refusal('share:import', { base64: '', shareCode: 'x' })).toBe('invalid_input share.emptyFile');
    expect(await h.refusal('share:import-receipt', { base64: '' })).toBe('invalid_input share.emptyFile');
    expect(await h.refusal('share:import-revocation', { base64: '' })).toBe('invalid_input share.emptyFile');
    // One byte is a file, just not a share file.
    expect(await h.refusal('share:import-revocation', { base64: 'AA==' })).toBe('integrity share.notShareFile');
  });

  it('refuses every share request while the vault is locked', async () => {
    const h = await harness();
    await h.value('vault:lock', undefined);
    expect(await h.refusal('share:sent', undefined)).toMatch(/^locked /);
    expect(await h.refusal('share:list', undefined)).toMatch(/^locked /);
  });
});
