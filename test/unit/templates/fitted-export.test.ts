import { describe, expect, it } from 'vitest';
import type { Block, ExportDocument } from '../../../shared/export/export-document';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { countWords } from '../../../shared/story/word-count';
import { buildTestimonyExport, draftTestimonyDocument } from '../../../shared/testimony/build-testimony-export';
import { fitScript, timeMark } from '../../../shared/testimony/fit-script';
import { newTestimonyData } from '../../../shared/testimony/new-testimony';
import type { TestimonyData } from '../../../shared/testimony/testimony-data';
import { docToPlainText } from '../../../shared/story/plain-text';
import { noPrinter } from '../../support/pipeline-fixtures';
import { excerptOf, grantTerms, STORY_DOC, testimonySetup } from './testimony-pipeline-fixtures';
import { para, text } from '../export/helpers/fixtures';
import type { SharedQuoteSource } from '../../../shared/testimony/shared-quotes';

const oral = builtInTemplate('oral-script')!;
const WPM = 120;

/** Sentences of 6 to 13 words, each one different, so a kept sentence can be found in the output. */
function prose(label: string, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => {
    const extra = ' and then it went on'.split(' ').slice(0, (i * 7) % 8);
    return `${label} sentence ${i + 1} is said out loud${extra.join(' ')}.`;
  }).reduce((text, s, i) => text + (i === 0 ? '' : i % 4 === 0 ? '\n\n' : ' ') + s, '');
}

const sentences = (label: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${label} sentence ${i + 1} of what I will say to them today.`).join(' ');

const LENGTHS = { greeting: 3, introduction: 8, story: 80, ask: 10, thanks: 6 } as Record<string, number>;

/** A spoken testimony of about 1,100 words: far over even five minutes at 120 words a minute. */
function longScript(minutes: number): TestimonyData {
  const t = newTestimonyData(oral, { language: 'en', now: '2026-01-01T00:00:00.000Z' });
  for (const id of Object.keys(LENGTHS)) t.sections[id] = { text: prose(id, LENGTHS[id]!), excerpts: [] };
  return { ...t, speakingRate: WPM, targetMinutes: minutes };
}

/** The words a speaker reads: every paragraph, not the time marks or headings. */
function spokenWords(blocks: readonly Block[]): number {
  return blocks.reduce((n, b): number => {
    if (b.type === 'paragraph') return n + countWords(b.runs.map((r) => r.text).join(''));
    if (b.type === 'blockquote') return n + spokenWords(b.blocks);
    if (b.type === 'list') return n + b.items.reduce((m, item) => m + spokenWords(item), 0);
    return n;
  }, 0);
}

const timeMarks = (doc: ExportDocument) =>
  doc.blocks.flatMap((b) => (b.type === 'heading' && b.timeMark ? [b.runs.map((r) => r.text).join('')] : []));

describe('the exported spoken script is the fitted cut', () => {
  it('1, 2, 3 and 5 minutes export four different lengths, each within 10 % of minutes × pace', () => {
    const lengths = [1, 2, 3, 5].map((minutes) => {
      const doc = draftTestimonyDocument(longScript(minutes), {
        language: 'en',
        witness: 'M. R.',
        title: null,
        fit: true,
      });
      const words = spokenWords(doc.blocks);
      expect(words, `${minutes} min`).toBeLessThanOrEqual(minutes * WPM);
      expect(words, `${minutes} min`).toBeGreaterThanOrEqual(minutes * WPM * 0.9);
      return words;
    });
    expect(new Set(lengths).size).toBe(4);
    // Written out in full, the same testimony is the same ~1,100 words whatever the minutes.
    const whole = spokenWords(
      draftTestimonyDocument(longScript(1), { language: 'en', witness: 'M', title: null }).blocks,
    );
    expect(whole).toBeGreaterThan(1000);
  });

  it('prints what the builder lists as kept, and each time mark where the cut puts its section', () => {
    const t = longScript(2);
    const fit = fitScript(t)!;
    const body = buildTestimonyExport(t, { language: 'en', witness: 'M. R.', fit: true });
    expect(body.fit?.words).toBe(fit.words);
    const plain = docToPlainText(body.doc);
    for (const s of fit.sections) {
      expect(plain).toContain(s.text.split('\n\n').at(-1));
      if (s.cut[0]) expect(plain, s.sectionId).not.toContain(s.cut[0]);
    }
    const doc = draftTestimonyDocument(t, { language: 'en', witness: 'M. R.', title: null, fit: true });
    expect(timeMarks(doc)).toEqual(fit.sections.map((s) => timeMark(s.startsAt)));
    // Without the cut the marks follow the whole text: the ask starts much later.
    const asWritten = draftTestimonyDocument(t, { language: 'en', witness: 'M. R.', title: null });
    expect(timeMarks(asWritten)[3]).not.toBe(timeMarks(doc)[3]);
  });

  it('a script within its time exports whole, and a written template is never cut', () => {
    const t = newTestimonyData(oral, { language: 'en', now: '2026-01-01T00:00:00.000Z' });
    t.sections.story = { text: 'One short line. Another one!\n\nA new paragraph?', excerpts: [] };
    const fitted = buildTestimonyExport(t, { language: 'en', witness: 'M', fit: true });
    expect(docToPlainText(fitted.doc)).toContain('One short line. Another one!\n\nA new paragraph?');
    const letter = newTestimonyData(builtInTemplate('letter')!, { language: 'en', now: '2026-01-01T00:00:00.000Z' });
    letter.sections.story = { text: prose('story', 80), excerpts: [] };
    const built = buildTestimonyExport(letter, { language: 'en', witness: 'M', fit: true });
    expect(built.fit).toBeNull();
    expect(countWords(docToPlainText(built.doc))).toBe(countWords(prose('story', 80)));
  });

  it('keeps the marks of a quoted story it cuts, so the consent still withholds its details', () => {
    const t = longScript(1);
    // The quote comes after one short sentence of the story section, then 79 more are cut.
    t.sections.story = { text: 'I was kept.', excerpts: [excerptOf('story-1', STORY_DOC)] };
    const built = buildTestimonyExport(t, { language: 'en', witness: 'M', fit: true });
    const json = JSON.stringify(built.doc);
    expect(json).toContain('"type":"sensitive"');
    expect(json).not.toContain('storage unit');
  });
});

describe('a shared story quoted in a fitted script', () => {
  it('keeps its writer’s credit under whatever part of the quote the cut keeps', () => {
    const t = longScript(1);
    t.sections.story = {
      text: 'I was not alone.',
      excerpts: [],
      shared: [{ id: 'sh-0001', sharedStoryId: 'shared-0001', blocks: [0] }],
    };
    const source = {
      id: 'shared-0001',
      title: 'Hers',
      revokedAt: null,
      terms: {
        audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
        purpose: 'The hearing.',
        identityMode: 'initials',
        attribution: 'L. P.',
        formats: ['pdf', 'docx'],
        redacted: [],
        expiresOn: '2099-01-01',
        note: '',
      },
      doc: { type: 'doc', content: [para(text(sentences('Her', 60)))] },
    } as unknown as SharedQuoteSource;
    const shared = new Map([['shared-0001', source]]);
    const built = buildTestimonyExport(t, { language: 'en', witness: 'M', fit: true, shared });
    const quote = built.doc.content!.find((b) => b.type === 'blockquote')!;
    const quoted = docToPlainText({ type: 'doc', content: quote.content });
    expect(quoted).toContain('Her sentence 1 of');
    expect(quoted).not.toContain('Her sentence 60 of');
    expect(quoted.trimEnd().split('\n').at(-1)).toBe('\u2014 L. P.');
  });
});

describe('the export pipeline with fit', () => {
  it('previews and writes the cut for each length, the details still withheld, over time refused without it', async () => {
    const s = await testimonySetup(oral);
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
    const pipeline = s.pipeline(noPrinter);
    const sections = Object.fromEntries(
      Object.keys(LENGTHS).map((id) => [id, { text: prose(id, LENGTHS[id]!), excerpts: [] as never[] }]),
    );
    sections.greeting = { text: 'Chair, members.', excerpts: [excerptOf(s.story.id, STORY_DOC)] as never[] };
    const lengths: number[] = [];
    for (const minutes of [1, 2, 3, 5]) {
      await s.testimonies.save(s.testimony.id, { sections, speakingRate: WPM, targetMinutes: minutes });
      const { document, refusals } = await pipeline.preview(s.options(grant.id, { fit: true }));
      expect(refusals).toEqual([]);
      const text = JSON.stringify(document.blocks);
      expect(text).toMatch(/\[place\swithheld\]/);
      expect(text).not.toMatch(/Juárez|Baptiste|storage unit/);
      const words = spokenWords(document.blocks);
      expect(words, `${minutes} min`).toBeLessThanOrEqual(minutes * WPM * 1.1);
      expect(words, `${minutes} min`).toBeGreaterThanOrEqual(minutes * WPM * 0.9);
      lengths.push(words);
      // Written whole, the same script is over its time: refused unless the person says so.
      const whole = { ...s.options(grant.id), fileName: 'whole.docx' };
      await expect(pipeline.run(whole, async () => null)).rejects.toMatchObject({ code: 'consent_refused' });
      const fitted = await pipeline.run(
        { ...s.options(grant.id, { fit: true }), fileName: 'f.docx' },
        async () => null,
      );
      expect(fitted.status).toBe('cancelled');
    }
    expect(new Set(lengths).size).toBe(4);
  });
});
