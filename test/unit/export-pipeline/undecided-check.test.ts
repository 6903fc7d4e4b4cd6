import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryDoc } from '../../../shared/core/story-doc';
import type { UnmarkedCandidate } from '../../../shared/consent/unmarked-check';
import { contract } from '../../../shared/ipc/contract';
import { createSharingHistory } from '../../../electron/consent/sharing-history';
import { createStoryService } from '../../../electron/stories/index';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { para, sensitive, text } from '../export/helpers/fixtures';
import { grantTerms, noPrinter, outDir, refusal, removeOutDirs, setup } from '../../support/pipeline-fixtures';

afterAll(() => removeOutDirs());

// The author (pipeline-fixtures) is María Quirina Vantongeren.
const DOC: StoryDoc = {
  type: 'doc',
  content: [
    para(text('I am María Vantongeren. We worked for '), sensitive('Carlos Vance', 'person', 'p1'), text('.')),
    para(text('Mr. Vance called Quirina at night. The boss called from 555-123-4567.')),
  ],
};

const docxText = (bytes: Buffer) => joinedText(docxParts(bytes).get('word/document.xml')!);

/** A destination that counts how often it was asked for. */
async function destination() {
  const dir = await outDir();
  const asked: string[] = [];
  return {
    dir,
    asked,
    choose: async (name: string) => {
      asked.push(name);
      return path.join(dir, name);
    },
  };
}

describe('the export re-runs the identifying-detail check in the main process', () => {
  it('refuses a request while a candidate is undecided: nothing asked, written or recorded', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const target = await destination();
    const error = await refusal(
      s.pipeline(noPrinter).run({ ...s.options(grant.id), fileName: 'x.docx' }, target.choose),
    );
    // One undecided candidate (the phone number): the author's name and the marked detail's
    // unmarked mentions are the gate's to replace, not the person's to decide again.
    expect(error.messageKey).toBe('consent.undecidedDetails');
    expect(error.params).toEqual({ count: 1 });
    // The refusal carries no story text: it crosses IPC and may be shown or logged.
    expect(JSON.stringify([error.message, error.params, error.details])).not.toMatch(/555|Vance|Quirina/);
    expect(target.asked).toEqual([]);
    expect(await fs.readdir(target.dir)).toEqual([]);
    expect(await createSharingHistory(s.vault).list()).toEqual([]);
    // The preview is not a release: it still shows what would leave.
    expect((await s.pipeline(noPrinter).preview(s.options(grant.id))).refusals).toEqual([]);
  });

  it('exports once the candidate is cleared, with the author and the detail replaced wherever written', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    await createStoryService(s.vault).clear(s.story.id, ['555-123-4567']);
    const target = await destination();
    const outcome = await s.pipeline(noPrinter).run({ ...s.options(grant.id), fileName: 'x.docx' }, target.choose);
    expect(outcome.status).toBe('saved');
    const body = docxText(await fs.readFile(path.join(target.dir, target.asked[0]!)));
    expect(body).toContain('555-123-4567');
    expect(body).not.toMatch(/María|Quirina|Vantongeren|Vance|Carlos/);
  });

  it('checks the text as stored now: a candidate typed after the preview still stops the file', async () => {
    const clean: StoryDoc = { type: 'doc', content: [para(text('I am María Vantongeren.'))] };
    const s = await setup(clean);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const stories = createStoryService(s.vault);
    const typed = { type: 'doc', content: [para(text('I am María Vantongeren. Write to rosa@example.org.'))] };
    await stories.update(s.story.id, { doc: typed as never });
    const target = await destination();
    const error = await refusal(
      s.pipeline(noPrinter).run({ ...s.options(grant.id), fileName: 'x.docx' }, target.choose),
    );
    expect(error.messageKey).toBe('consent.undecidedDetails');
    expect(target.asked).toEqual([]);
  });

  it('a caller that accepts them (the command line’s --accept-unmarked) exports them as written; one that refuses hears which first', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const heard: UnmarkedCandidate[][] = [];
    const target = await destination();
    const run = (policy: Parameters<ReturnType<typeof s.pipeline>['run']>[2]) =>
      s.pipeline(noPrinter).run({ ...s.options(grant.id), fileName: 'x.docx' }, target.choose, policy);

    await refusal(run({ refuse: (left) => heard.push([...left]) }));
    expect(heard.map((l) => l.map((c) => [c.kind, c.text]))).toEqual([[['phone', '555-123-4567']]]);
    expect(target.asked).toEqual([]);

    expect((await run({ accept: true })).status).toBe('saved');
    expect(docxText(await fs.readFile(path.join(target.dir, target.asked[0]!)))).toContain('555-123-4567');
  });

  it('checks in the language the app’s check ran in, not only the document’s', async () => {
    // English reads "Ayer" as a name too; Spanish knows it is "yesterday".
    const doc: StoryDoc = { type: 'doc', content: [para(text('Ayer vi a Teodoro Quispe.'))] };
    const s = await setup(doc);
    const grant = await s.grants.create([s.story.id], grantTerms({ redact: { categories: [], keep: [] } }));
    const target = await destination();
    const options = { ...s.options(grant.id), fileName: 'x.docx' };
    const en = await refusal(s.pipeline(noPrinter).run({ ...options, checkLanguage: 'en' }, target.choose));
    const es = await refusal(s.pipeline(noPrinter).run({ ...options, checkLanguage: 'es' }, target.choose));
    // Without it, the document's language.
    const inSpanish = await refusal(s.pipeline(noPrinter).run({ ...options, language: 'es' }, target.choose));
    expect([en.params, es.params, inSpanish.params]).toEqual([{ count: 2 }, { count: 1 }, { count: 1 }]);
  });

  it('the app cannot ask to skip the check: export:run takes no such field', () => {
    const request = {
      source: { kind: 'story', id: '0123456789abcdef' },
      grantId: '0123456789abcdef',
      format: 'docx',
      fileName: 'x.docx',
    };
    expect(contract['export:run'].request.safeParse(request).success).toBe(true);
    for (const skip of [{ accept: true }, { acceptUnmarked: true }, { checkLanguage: 'none' }])
      expect(contract['export:run'].request.safeParse({ ...request, ...skip }).success).toBe(false);
  });
});
