import { promises as fs } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { terms } from '../../support/share-fixtures';
import { ipcHarness, type IpcHarness } from './ipc-harness';

// The budget is enforced where the file is written, not only in the app's "Export anyway" step:
// a renderer (or anything else speaking IPC) that skips that step gets no file.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
const nextYear = () => `${new Date().getUTCFullYear() + 1}-12-31`;

async function letterOver(wordsInStory: number) {
  const h = await ipcHarness();
  open.push(h);
  await h.value('profile:set', { fullName: 'María Ruiz' });
  const made = await h.value('testimony:create', { templateId: 'letter', language: 'en' });
  const story = Array.from({ length: wordsInStory }, () => 'we').join(' ');
  await h.value('testimony:save', {
    id: made.id,
    edit: { metadata: { recipient: 'the committee', billNumber: 'SB 9' }, sections: { story: { text: story } } },
  });
  const grant = await h.value('consent:create', {
    sourceIds: [made.id],
    terms: terms({ expiresOn: nextYear(), formats: ['docx'] }),
  });
  const request = {
    source: { kind: 'testimony' as const, id: made.id },
    grantId: grant.id,
    format: 'docx' as const,
    fileName: 'letter.docx',
  };
  h.dialog.answer = 'letter.docx';
  return { h, request };
}

describe('export:run and the word budget', () => {
  it('refuses a letter over its 500 words, in words the app can give in either language, and writes nothing', async () => {
    const { h, request } = await letterOver(520);
    expect(await h.refusal('export:run', request)).toBe('consent_refused export.overBudget');
    expect(h.asked).toEqual([]);
    expect(await fs.readdir(h.out)).toEqual([]);
    expect(await h.value('history:list', undefined)).toEqual([]);
  });

  it('writes it once the request says the person chose "Export anyway"', async () => {
    const { h, request } = await letterOver(520);
    const run = await h.value('export:run', { ...request, overBudget: true });
    expect(run.status).toBe('saved');
    expect(await fs.readdir(h.out)).toEqual(['letter.docx']);
  });

  it('takes only `true` for it: a request cannot smuggle another value past the contract', async () => {
    const { h, request } = await letterOver(520);
    for (const overBudget of [false, 'yes', 1])
      expect(await h.refusal('export:run', { ...request, overBudget } as never)).toMatch(/^invalid_input /);
    expect(await fs.readdir(h.out)).toEqual([]);
  });

  it('needs nothing for a letter within its budget (a section within its own limit too)', async () => {
    const { h, request } = await letterOver(200);
    expect((await h.value('export:run', request)).status).toBe('saved');
  });
});
