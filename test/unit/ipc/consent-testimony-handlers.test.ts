import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { masterDoc, terms } from '../../support/share-fixtures';
import { ipcHarness, type IpcHarness } from './ipc-harness';

// Consent, export, history and testimony channels as the renderer reaches them: an export is
// written only where the person chose and answers with the file's name only; a PDF without a
// printer and a save without a dialog are refused in words; lists follow what was asked for.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
async function harness(options?: Parameters<typeof ipcHarness>[0]) {
  const h = await ipcHarness(options);
  open.push(h);
  return h;
}
const nextYear = () => `${new Date().getUTCFullYear() + 1}-12-31`;

async function storyWithGrant(h: IpcHarness) {
  await h.value('profile:set', { fullName: 'María Ruiz' });
  const story = await h.value('story:create', { title: 'What happened', doc: { ...masterDoc } });
  const grant = await h.value('consent:create', { sourceIds: [story.id], terms: terms({ expiresOn: nextYear() }) });
  return { story, grant };
}

describe('consent handlers', () => {
  it('keeps the profile and the grants of each story', async () => {
    const h = await harness();
    expect(await h.value('profile:set', { fullName: 'María Ruiz' })).toEqual({ fullName: 'María Ruiz' });
    expect(await h.value('profile:get', undefined)).toEqual({ fullName: 'María Ruiz' });
    const { story, grant } = await storyWithGrant(h);
    const other = await h.value('story:create', { title: 'Other' });
    const otherGrant = await h.value('consent:create', {
      sourceIds: [other.id],
      terms: terms({ expiresOn: nextYear() }),
    });
    expect((await h.value('consent:list', { sourceId: story.id })).map((g) => g.id)).toEqual([grant.id]);
    expect((await h.value('consent:list', undefined)).map((g) => g.id).sort()).toEqual(
      [grant.id, otherGrant.id].sort(),
    );
    const updated = await h.value('consent:update', {
      id: grant.id,
      terms: terms({ expiresOn: nextYear(), purpose: 'a new purpose' }),
    });
    expect(updated.purpose).toBe('a new purpose');
    const revoked = await h.value('consent:revoke', { id: grant.id, reason: 'changed my mind' });
    expect(revoked.revoked).toMatchObject({ reason: 'changed my mind' });
  });

  it('writes an export where the person chose, named by them, and records it in the history', async () => {
    const h = await harness();
    const { story, grant } = await storyWithGrant(h);
    const request = { source: { kind: 'story' as const, id: story.id }, grantId: grant.id, format: 'docx' as const };
    const preview = await h.value('export:preview', request);
    expect(preview.refusals).toEqual([]);
    expect(JSON.stringify(preview.document)).not.toMatch(/Tijuana|Delgado/);

    h.dialog.answer = null;
    expect(await h.value('export:run', { ...request, fileName: 'testimony.docx' })).toEqual({ status: 'cancelled' });
    expect(await h.value('history:list', undefined)).toEqual([]);
    h.dialog.answer = 'for-the-committee.docx';
    const run = await h.value('export:run', { ...request, fileName: 'testimony.docx' });
    expect(h.asked.map((a) => a.kind)).toEqual(['docx', 'docx']);
    expect(h.asked[0]!.name).toBe('testimony.docx');
    if (run.status !== 'saved') throw new Error('expected saved');
    expect(run.value.fileName).toBe('for-the-committee.docx');
    expect(JSON.stringify(run)).not.toContain(h.out);
    expect((await h.value('history:list', undefined)).map((r) => r.fileName)).toEqual(['for-the-committee.docx']);

    // The withdrawal letter for that grant: cancelled, then written.
    h.dialog.answer = null;
    expect(await h.value('history:withdrawal-letter', { grantId: grant.id, language: 'es' })).toEqual({
      status: 'cancelled',
    });
    expect(h.asked.at(-1)!.kind).toBe('docx');
    expect(h.asked.at(-1)!.name).toMatch(/^carta-\d{4}-\d{2}-\d{2}\.docx$/);
    h.dialog.answer = 'letter.docx';
    expect(await h.value('history:withdrawal-letter', { grantId: grant.id, language: 'en' })).toEqual({
      status: 'saved',
      value: { fileName: 'letter.docx' },
    });
    expect(h.asked.at(-1)!.name).toMatch(/^letter-\d{4}-\d{2}-\d{2}\.docx$/);
    expect((await fs.readFile(path.join(h.out, 'letter.docx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a PDF where there is no printer, and any export where there is no save dialog', async () => {
    const h = await harness();
    const { story, grant } = await storyWithGrant(h);
    h.dialog.answer = 'x.pdf';
    const request = { source: { kind: 'story' as const, id: story.id }, grantId: grant.id, fileName: 'x' };
    expect(await h.refusal('export:run', { ...request, format: 'pdf' })).toBe('unsupported export.cannotMakePdf');
    const nowhere = await harness({ noSaveDialog: true });
    const other = await storyWithGrant(nowhere);
    expect(
      await nowhere.refusal('export:run', {
        source: { kind: 'story', id: other.story.id },
        grantId: other.grant.id,
        format: 'docx',
        fileName: 'x',
      }),
    ).toBe('unsupported export.cannotSaveHere');
    expect(await nowhere.refusal('history:withdrawal-letter', { grantId: other.grant.id, language: 'en' })).toBe(
      'unsupported export.cannotSaveHere',
    );
  });
});

describe('testimony handlers', () => {
  it('makes, saves, trashes, restores and deletes a testimony from a template', async () => {
    const h = await harness();
    const [entry] = await h.value('template:list', undefined);
    const story = await h.value('story:create', { title: 'Lyon' });
    const made = await h.value('testimony:create', {
      templateId: entry!.template.id,
      language: 'es',
      title: 'Ante el comité',
      fromStoryId: story.id,
    });
    expect(made).toMatchObject({ title: 'Ante el comité', language: 'es', fromStoryId: story.id });
    const plain = await h.value('testimony:create', { templateId: entry!.template.id, language: 'en' });
    expect(plain.fromStoryId).toBeNull();
    expect(plain.title).toBe('');
    expect(plain.language).toBe('en');
    expect((await h.value('testimony:get', { id: made.id })).id).toBe(made.id);
    await h.value('testimony:save', { id: made.id, edit: { title: 'Renamed' } });
    expect((await h.value('testimony:get', { id: made.id })).title).toBe('Renamed');
    expect(await h.value('testimony:clear-candidates', { id: made.id, texts: ['Lyon'] })).toEqual({
      cleared: ['lyon'],
    });

    await h.value('testimony:trash', { id: made.id });
    expect((await h.value('testimony:list', undefined)).map((t) => t.id)).toEqual([plain.id]);
    expect((await h.value('testimony:list', { includeTrashed: true })).map((t) => t.id).sort()).toEqual(
      [made.id, plain.id].sort(),
    );
    await h.value('testimony:restore', { id: made.id });
    expect((await h.value('testimony:list', undefined)).map((t) => t.id).sort()).toEqual([made.id, plain.id].sort());
    // Deleted for good only from the trash.
    expect(await h.refusal('testimony:delete', { id: made.id })).toBe('forbidden testimony.notInTrash');
    await h.value('testimony:trash', { id: made.id });
    await h.value('testimony:delete', { id: made.id });
    expect(await h.refusal('testimony:get', { id: made.id })).toMatch(/^not_found /);
  });

  it('exports a template only where the person chose, and imports, copies and deletes custom ones', async () => {
    const h = await harness();
    const [entry] = await h.value('template:list', undefined);
    const copy = await h.value('template:duplicate', { id: entry!.template.id, language: 'es' });
    expect(copy.builtIn).toBe(false);
    const saved = await h.value('template:save', {
      template: { ...copy.template, name: { en: 'My template', es: 'Mi plantilla' } },
    });
    expect(saved.template.name).toEqual({ en: 'My template', es: 'Mi plantilla' });

    h.dialog.answer = null;
    expect(await h.value('template:export', { id: copy.template.id })).toEqual({ status: 'cancelled' });
    expect(h.asked.at(-1)!.kind).toBe('harbor-template');
    expect(await fs.readdir(h.out)).toEqual([]);
    h.dialog.answer = 'mine.harbor-template';
    expect(await h.value('template:export', { id: copy.template.id })).toEqual({
      status: 'saved',
      value: { fileName: 'mine.harbor-template' },
    });
    const text = await fs.readFile(path.join(h.out, 'mine.harbor-template'), 'utf8');
    h.dialog.answer = path.join('no-such-folder', 'x.harbor-template');
    expect(await h.refusal('template:export', { id: copy.template.id })).toBe('io export.folderMissing');

    await h.value('template:delete', { id: copy.template.id });
    expect((await h.value('template:list', undefined)).some((t) => t.template.id === copy.template.id)).toBe(false);
    const imported = await h.value('template:import', { text });
    expect(imported.template.name).toEqual({ en: 'My template', es: 'Mi plantilla' });

    const nowhere = await harness({ noSaveDialog: true });
    expect(await nowhere.refusal('template:export', { id: entry!.template.id })).toBe(
      'unsupported export.cannotSaveHere',
    );
  });
});
