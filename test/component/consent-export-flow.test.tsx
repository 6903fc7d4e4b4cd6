import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract, type RequestOf, type StoryDoc } from '../../shared/ipc/contract';
import { addCleared } from '../../shared/consent/cleared';
import { fail, ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { consentBackend, grantOf, previewOf, recordOf, STORY_ID, terms } from './consent-fixtures';
import { createGrantStore } from '../../electron/consent/grant-store';
import { createProfileStore } from '../../electron/consent/profile-store';
import { prepareExport } from '../../electron/export-pipeline/prepare-export';
import { SOURCE_RESOLVERS } from '../../electron/export-pipeline/source-resolvers';
import { createStoryService } from '../../electron/stories/index';
import { FakeVault } from '../support/fake-vault';
import { installHarbor, type Handlers } from './harbor-stub';
import { storyView, summary } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const sensitive = (text: string, category: string, id: string) => ({
  type: 'text' as const,
  text,
  marks: [{ type: 'sensitive' as const, attrs: { category, id } }],
});

const doc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'I met ' },
        sensitive('Ana', 'person', 'd1'),
        { type: 'text', text: ' in ' },
        sensitive('Lima', 'place', 'd2'),
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Later John Smith called me from 555-123-4567 every night.' }],
    },
  ],
} as StoryDoc;

async function openExport(extra: Handlers = {}, backendOptions: Parameters<typeof consentBackend>[0] = {}) {
  let cleared: string[] = [];
  const backend = consentBackend({ fullName: 'María Ruiz', grants: [grantOf('grant-0001')], ...backendOptions });
  const harbor = installHarbor({
    'story:list': () => ok([summary({ id: STORY_ID, title: 'Mine', wordCount: 12 })]),
    'story:get': () => ok(storyView({ id: STORY_ID, title: 'Mine', doc })),
    'story:save': ({ id }) => ok(summary({ id, title: 'Mine' })),
    'story:revisions': () => ok([]),
    'story:clear-candidates': ({ texts }) => ok({ cleared: (cleared = addCleared(cleared, texts)) }),
    'export:preview': () => ok(previewOf()),
    'export:run': (req) =>
      ok({
        status: 'saved',
        value: { ...recordOf({ fileName: req.fileName, format: req.format }), folder: 'Letters' },
      }),
    ...backend.handlers,
    ...extra,
  });
  render(<Workspace registerBeforeLock={() => () => undefined} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Mine' }));
  await screen.findByRole('textbox', { name: 'Your story' });
  const editor = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  // The editor takes focus a frame after it opens; the export starts after that, as a person's click would.
  await waitFor(() => expect(document.activeElement?.classList.contains('ProseMirror')).toBe(true));
  fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
  return { harbor, editor, backend };
}

type TextNode = { type: string; text?: string; marks?: unknown[]; content?: TextNode[] };
const textNodes = (editor: Editor): TextNode[] => {
  const out: TextNode[] = [];
  const walk = (n: TextNode) => (n.type === 'text' ? out.push(n) : n.content?.forEach(walk));
  walk(editor.getJSON() as TextNode);
  return out;
};

const heading = (name: string) => screen.findByRole('heading', { name, level: 2 });

async function toPreview() {
  fireEvent.click(screen.getByRole('button', { name: "I'm ready to continue" }));
  await heading('Choose a consent');
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await heading('Details that might identify someone');
  await clearAll();
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await heading('What leaves Harbor');
}

/** Says "fine to share" to every candidate the check lists, one after another as a person would. */
async function clearAll() {
  for (;;) {
    const next = screen.queryAllByRole('button', { name: / is fine to share$/ })[0];
    if (!next) return;
    const label = next.getAttribute('aria-label')!;
    fireEvent.click(next);
    await waitFor(() => expect(screen.queryByRole('button', { name: label })).toBeNull());
  }
}

describe('export flow', () => {
  it('asks "why am I sharing this?" before the first export, with focus on the question', async () => {
    await openExport();
    const title = await heading('Why am I sharing this?');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByText('Your thoughts are not saved anywhere.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Why am I sharing this?' })).toBeNull());
  });

  it('skips the reflection once there is a sharing history', async () => {
    await openExport({}, { history: [recordOf()] });
    const title = await heading('Choose a consent');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.queryByText('Why am I sharing this?')).toBeNull();
    // The export is the whole page: no story toolbar with a second "Export…", no side panel.
    expect(screen.getByRole('heading', { level: 1, name: 'Export' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export…' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Consent' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Steps' }).querySelector('[aria-current="step"]')?.textContent).toBe(
      'Consent',
    );
  });

  it('the identifying-detail check is a gate: each finding is marked or cleared before the export goes on', async () => {
    const { editor, harbor } = await openExport({}, { history: [recordOf()] });
    await heading('Choose a consent');
    const chosen = await screen.findByRole('radio', { checked: true });
    expect(chosen.closest('label, div')?.textContent).toMatch(/May be shared with Senate Judiciary Committee/);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');

    const list = screen.getByRole('list', { name: 'Possible identifying details' });
    expect(within(list).getByText('John Smith')).toBeTruthy();
    expect(within(list).getByText('555-123-4567')).toBeTruthy();
    // Already marked details are not suggested again.
    expect(within(list).queryByText('Ana')).toBeNull();
    const continueButton = () => screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    expect(screen.getByTestId('remaining-warning').textContent).toMatch(
      /once every detail is decided: 2 are still open/,
    );
    expect(continueButton().disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Mark as sensitive: “John Smith”' }));
    await waitFor(() => expect(within(list).queryByText('John Smith')).toBeNull());
    expect(textNodes(editor).find((n) => n.text === 'John Smith')?.marks).toEqual([
      { type: 'sensitive', attrs: { category: 'person', id: expect.any(String) } },
    ]);
    expect(screen.getByText('“John Smith” is marked as sensitive.')).toBeTruthy();
    expect(screen.getByTestId('remaining-warning').textContent).toMatch(/1 is still open/);
    expect(continueButton().disabled).toBe(true);
    // Focus stays in the list, on the next suggestion.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Mark as sensitive: “555-123-4567”');

    fireEvent.click(screen.getByRole('button', { name: '“555-123-4567” is fine to share' }));
    await screen.findByText(/Harbor found nothing more that looks identifying/);
    expect(screen.queryByTestId('remaining-warning')).toBeNull();
    expect(continueButton().disabled).toBe(false);
    // Remembered with the story, and the words stay as they are, unmarked.
    expect(harbor.callsTo('story:clear-candidates')).toEqual([{ id: STORY_ID, texts: ['555-123-4567'] }]);
    expect(textNodes(editor).find((n) => n.text?.includes('555-123-4567'))).toEqual({
      type: 'text',
      text: ' called me from 555-123-4567 every night.',
    });
  });

  it('does not ask about the author’s own name or a marked detail written again: the consent replaces those', async () => {
    const again = {
      ...doc,
      content: [
        doc.content![0]!,
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'I am María Ruiz. Ana called from Lima again. Later John Smith called.' }],
        },
      ],
    } as StoryDoc;
    await openExport(
      { 'story:get': () => ok(storyView({ id: STORY_ID, title: 'Mine', doc: again })) },
      { history: [recordOf()] },
    );
    await heading('Choose a consent');
    await screen.findByRole('radio', { checked: true });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');
    const list = screen.getByRole('list', { name: 'Possible identifying details' });
    await waitFor(() => expect(within(list).queryByText('María Ruiz')).toBeNull());
    expect(within(list).getByText('John Smith')).toBeTruthy();
    for (const handled of ['María Ruiz', 'María', 'Ruiz', 'Ana', 'Lima'])
      expect(within(list).queryByText(handled)).toBeNull();
    expect(screen.getByTestId('remaining-warning').textContent).toMatch(/1 is still open/);
  });

  it('does not ask again about words the story already cleared', async () => {
    await openExport(
      {
        'story:get': () =>
          ok({ ...storyView({ id: STORY_ID, title: 'Mine', doc }), cleared: ['john smith', '555-123-4567'] }),
      },
      { history: [recordOf()] },
    );
    await heading('Choose a consent');
    await screen.findByRole('radio', { checked: true });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');
    expect(screen.getByText(/Harbor found nothing more that looks identifying/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows what leaves Harbor side by side, made from the saved story, with every change highlighted', async () => {
    const { harbor, editor } = await openExport();
    await heading('Why am I sharing this?');
    act(() => {
      editor.commands.insertContent(' And more.');
    });
    await toPreview();
    const exported = await screen.findByTestId('export-preview');
    const original = screen.getByRole('region', { name: 'Your story' });
    // The original keeps the name, highlighted as a sensitive detail.
    expect(original.querySelector('span.sensitive[data-sensitive="person"]')?.textContent).toBe('Ana');
    expect(original.textContent).toContain('And more.');
    // The preview pane renders main's document (the placeholders, highlighted), not the editor's
    // text; that main's document never holds the name is the next test's claim, on the real transform.
    const redacted = [...exported.querySelectorAll('mark.change--redacted')].map((m) => m.textContent);
    expect(redacted).toEqual(['[name withheld] (removed)', '[place withheld] (removed)']);
    expect(exported.textContent).not.toContain('Ana');
    const identity = [...exported.querySelectorAll('mark.change--identity')].map((m) => m.textContent);
    expect(identity).toEqual(['M. R. (your name as allowed)', 'M. R. (your name as allowed)']);
    expect(screen.getByTestId('transform-report').textContent).toBe(
      '1 marked name removed1 marked place removed1 mention of your name changed',
    );
    // Pending words were saved before the preview was asked for.
    const channels = harbor.calls.map((c) => c.channel);
    expect(channels.lastIndexOf('story:save')).toBeGreaterThanOrEqual(0);
    expect(channels.lastIndexOf('story:save')).toBeLessThan(channels.lastIndexOf('export:preview'));
    const [request] = harbor.callsTo('export:preview') as RequestOf<'export:preview'>[];
    expect(request).toEqual({
      source: { kind: 'story', id: STORY_ID },
      grantId: 'grant-0001',
      format: 'docx',
      paper: 'letter',
      language: 'en',
      // The story's own title, which the release gate reads before anything leaves.
      title: 'Mine',
    });
  });

  it('previews the real consent transform of the saved story: names and places never reach the file', async () => {
    // Behind export:preview, the main process's own pipeline (grant lookup, checks, transform,
    // normalisation) over an in-memory vault that holds what the renderer saved.
    const vault = new FakeVault();
    const stories = createStoryService(vault);
    const story = await stories.create({ title: 'Mine', doc });
    await createProfileStore(vault).set({ fullName: 'María Ruiz' });
    const clock = () => new Date('2098-06-01T10:00:00.000Z');
    const grant = await createGrantStore(vault, clock).create([story.id], terms());
    const { harbor } = await openExport({
      // The story's own title names the same person and place: it starts as the file's title.
      'story:get': () => ok(storyView({ id: STORY_ID, title: 'Ana in Lima', doc })),
      'story:save': async (req) => {
        await stories.update(story.id, { doc: req.doc as StoryDoc });
        return ok(summary({ id: req.id, title: 'Mine' }));
      },
      'export:preview': async (req) => {
        const prepared = await prepareExport(
          { vault, resolvers: SOURCE_RESOLVERS, clock },
          // Parsed as dispatch parses it (defaults filled in), then pointed at the vault's ids.
          {
            ...contract['export:preview'].request.parse(req),
            source: { kind: 'story', id: story.id },
            grantId: grant.id,
          },
        );
        return ok({
          refusals: prepared.refusals,
          document: prepared.document,
          report: prepared.report,
          suggestedFileName: prepared.suggestedFileName,
        });
      },
    });
    await heading('Why am I sharing this?');
    await toPreview();
    const exported = await screen.findByTestId('export-preview');
    expect(harbor.callsTo('export:preview')).not.toHaveLength(0);
    // The original pane keeps every detail; the file pane has none of them, in any case.
    const original = screen.getByRole('region', { name: 'Your story' }).textContent!;
    for (const detail of ['Ana', 'Lima']) expect(original).toContain(detail);
    // A placeholder's spaces are no-break spaces (kept on one line); read as spaces.
    const asRead = (s: string | null | undefined) => s?.replace(/\u00A0/g, ' ');
    const text = asRead(exported.textContent)!;
    expect(text).toContain('I met [name withheld] (removed) in [place withheld] (removed).');
    expect(asRead(exported.querySelector('.preview-doc__title')?.textContent)).toBe(
      '[name withheld] in [place withheld]',
    );
    for (const secret of ['Ana', 'Lima', 'María', 'Ruiz'])
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    expect([...exported.querySelectorAll('mark.change--redacted')].map((m) => asRead(m.textContent))).toEqual([
      '[name withheld] (removed)',
      '[place withheld] (removed)',
    ]);
  });

  it('exports with the chosen file name and shows the new sharing-history entry', async () => {
    const { harbor } = await openExport();
    await heading('Why am I sharing this?');
    await toPreview();
    await screen.findByTestId('export-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('File');
    const fileName = screen.getByLabelText('File name') as HTMLInputElement;
    expect(fileName.value).toBe('testimony-2098-06-01.docx');
    fireEvent.change(fileName, { target: { value: 'for-the-committee.docx' } });
    fireEvent.click(screen.getByRole('radio', { name: 'A4' }));
    await waitFor(() => expect(harbor.callsTo('export:preview').at(-1)).toMatchObject({ paper: 'a4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await heading('Exported');
    const [run] = harbor.callsTo('export:run') as RequestOf<'export:run'>[];
    expect(run).toEqual({
      source: { kind: 'story', id: STORY_ID },
      grantId: 'grant-0001',
      format: 'docx',
      paper: 'a4',
      language: 'en',
      title: 'Mine',
      fileName: 'for-the-committee.docx',
      // Main runs the identifying-detail check again, in the language this one ran in.
      checkLanguage: 'en',
    });
    const record = screen.getByLabelText('Export of for-the-committee.docx');
    expect(record.textContent).toContain('Senate Judiciary Committee');
    expect(record.textContent).toContain('ab'.repeat(32));
    expect(record.textContent).toContain('Word (DOCX)');
    expect(screen.getByText('Saved as for-the-committee.docx in the folder “Letters”.')).toBeTruthy();
    // A page with its steps: the last one, Done, is the current one.
    expect(screen.getByRole('list', { name: 'Steps' }).querySelector('[aria-current="step"]')?.textContent).toBe(
      'Done',
    );
  });

  it('a refused export says why in plain words and what to do next, and cannot go on', async () => {
    await openExport({
      'export:preview': () =>
        ok(
          previewOf({
            refusals: [
              {
                code: 'revoked',
                message: { key: 'refusal.revoked', params: { date: '2098-06-01' } },
              },
            ],
          }),
        ),
    });
    await heading('Why am I sharing this?');
    await toPreview();
    const refusal = await screen.findByTestId('refusal');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain(
      'This consent was withdrawn on 2098-06-01, so nothing can be exported under it.',
    );
    expect(within(refusal).getByRole('button', { name: 'Create a new consent' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(refusal).getByRole('button', { name: 'Create a new consent' }));
    await screen.findByRole('heading', { name: 'New consent' });
  });

  it('words a refusal from export:run, and a cancelled save, without blame', async () => {
    let answer: 'refuse' | 'cancel' = 'cancel';
    await openExport({
      'export:run': () =>
        answer === 'cancel'
          ? ok({ status: 'cancelled' as const })
          : fail(
              'consent_refused',
              { key: 'consent.refused', params: { reasons: 'This consent ended on 2098-01-01.' } },
              {
                refusals: [{ code: 'expired', message: { key: 'refusal.expired', params: { date: '2098-01-01' } } }],
              },
            ),
    });
    await heading('Why am I sharing this?');
    await toPreview();
    await screen.findByTestId('export-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('File');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText('Nothing was saved. You can export again whenever you are ready.');
    answer = 'refuse';
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByTestId('refusal')).textContent).toContain(
      'This consent ended on 2098-01-01. Create a new one if you still want to share.',
    );
  });
});
