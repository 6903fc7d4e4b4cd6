import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentGrant } from '../../shared/consent/grant';
import type { RequestOf } from '../../shared/ipc/contract';
import { addCleared } from '../../shared/consent/cleared';
import { ok } from '../../shared/ipc/result';
import type { StoryDoc } from '../../shared/story/doc-types';
import { builtInTemplate } from '../../shared/templates';
import { newTestimonyData, type Testimony } from '../../shared/testimony';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { TestimonyExport } from '../../renderer/src/features/testimony/export/TestimonyExport';
import { consentBackend, grantOf, previewOf, recordOf } from './consent-fixtures';
import { installHarbor } from './harbor-stub';
import { storyView } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const TESTIMONY_ID = 'testimony-0001';
const STORY_ID = 'story-0001';

const storyDoc: StoryDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'They kept me in ' },
        { type: 'text', text: 'Leeds', marks: [{ type: 'sensitive', attrs: { category: 'place', id: 'l1' } }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

function ukTestimony(): Testimony {
  const template = builtInTemplate('uk-written-evidence')!;
  const data = newTestimonyData(template, { language: 'en', now: '2098-01-01T10:00:00Z', title: 'Evidence' });
  data.metadata = { committee: 'Home Affairs Committee', inquiry: 'Modern slavery' };
  data.sections.introduction = { text: 'You can write to me at witness@example.org.', excerpts: [] };
  data.sections.evidence = {
    text: 'What happened.',
    excerpts: [{ id: 'ex-0001', storyId: STORY_ID, storyTitle: 'The farm', doc: storyDoc }],
  };
  return { ...data, id: TESTIMONY_ID, revision: 3 };
}

function open(options: { grants?: ConsentGrant[]; testimony?: Testimony } = {}) {
  const backend = consentBackend({ fullName: 'María Ruiz', grants: options.grants ?? [], history: [recordOf()] });
  let cleared: string[] = [];
  const harbor = installHarbor({
    ...backend.handlers,
    'story:get': ({ id }) => ok({ ...storyView({ id, title: 'The farm', doc: storyDoc }), cleared: ['what happened'] }),
    'testimony:clear-candidates': ({ texts }) => ok({ cleared: (cleared = addCleared(cleared, texts)) }),
    'export:preview': () => ok(previewOf({ suggestedFileName: 'testimony-2098-06-01.docx' })),
    'export:run': (req) =>
      ok({
        status: 'saved',
        value: { ...recordOf({ fileName: req.fileName, format: req.format }), folder: 'Letters' },
      }),
  });
  const onEdit = vi.fn();
  const flush = vi.fn(() => Promise.resolve());
  render(
    <TestimonyExport
      testimony={options.testimony ?? ukTestimony()}
      flush={flush}
      onEdit={onEdit}
      onClose={() => undefined}
    />,
  );
  return { harbor, backend, onEdit, flush };
}

const heading = (name: string) => screen.findByRole('heading', { name, level: 2 });

describe('exporting a testimony', () => {
  it('says in plain words what a consent must cover, and shows a consent made before a story was quoted as not covering it', async () => {
    // Made for the testimony alone: it misses the story quoted since.
    open({ grants: [grantOf('grant-0001', { sourceIds: [TESTIMONY_ID] })] });
    await heading('Choose a consent');
    expect(screen.getByTestId('testimony-cover').textContent).toBe(
      'A consent for this testimony covers the testimony itself and each story it quotes: “The farm”. Harbor checks every one of them when you export. If you quote another story later, make a new consent that includes it.',
    );
    const radio = screen.getByRole('radio');
    expect(radio).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveProperty('disabled', true);
    expect(radio.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(radio.getAttribute('aria-describedby')!)?.textContent).toBe(
      "This consent was made before you quoted “The farm”, so it doesn't cover it. Create a new consent to include it.",
    );
  });

  it('a new consent covers the testimony and its stories, starts from the hearing, offers only Word, and asks for the public-record acknowledgement whoever it is for', async () => {
    const { harbor } = open();
    await heading('Choose a consent');
    expect(screen.getByText('There is no consent for this testimony yet. Create one to continue.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create a new consent' }));
    const form = (await screen.findByRole('heading', { name: 'New consent', level: 3 })).closest('form')!;
    expect((within(form).getByLabelText('Who will receive it') as HTMLSelectElement).value).toBe(
      'legislative-committee',
    );
    expect((within(form).getByLabelText('Their name') as HTMLInputElement).value).toBe('Home Affairs Committee');
    expect((within(form).getByLabelText('What it is for') as HTMLInputElement).value).toBe(
      'Written evidence to Modern slavery',
    );
    const formats = within(form).getByRole('group', { name: 'File types allowed' });
    expect(
      within(formats)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual(['Word (DOCX)']);

    // Even for an organisation, a committee's written evidence usually becomes public record.
    fireEvent.change(within(form).getByLabelText('Who will receive it'), {
      target: { value: 'advocacy-organization' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save consent' }));
    await within(form).findByText(/Please confirm you understand this/);
    expect(harbor.callsTo('consent:create')).toEqual([]);
    fireEvent.click(within(form).getByRole('checkbox', { name: /public record/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(harbor.callsTo('consent:create')).toHaveLength(1));
    const request = harbor.callsTo('consent:create')[0] as RequestOf<'consent:create'>;
    expect(request.sourceIds).toEqual([TESTIMONY_ID, STORY_ID]);
    expect(request.terms.publicRecordAcknowledged).toBe(true);
    expect(request.terms.formats).toEqual(['docx']);
    expect(await screen.findByRole('radio', { checked: true })).toBeTruthy();
  });

  it('checks the typed sections for identifying details, and sends the person back to change the words', async () => {
    const { onEdit, harbor } = open({ grants: [grantOf('grant-0001', { sourceIds: [TESTIMONY_ID, STORY_ID] })] });
    await heading('Choose a consent');
    await screen.findByRole('radio', { checked: true });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');
    const list = screen.getByRole('list', { name: 'Possible identifying details' });
    expect(within(list).getByText('witness@example.org')).toBeTruthy();
    expect(within(list).getByText(/In “Introduction”/)).toBeTruthy();
    // A detail marked in the story is the consent's to withhold, not suggested again.
    expect(within(list).queryByText('Leeds')).toBeNull();
    expect(screen.getByTestId('remaining-warning')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '“witness@example.org” is fine to share' }));
    await screen.findByText(/Harbor found nothing more that looks identifying/);
    expect(screen.queryByTestId('remaining-warning')).toBeNull();
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(false);
    expect(harbor.callsTo('testimony:clear-candidates')).toEqual([
      { id: TESTIMONY_ID, texts: ['witness@example.org'] },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Change the words in the sections' }));
    expect(onEdit).toHaveBeenCalledOnce();
  });

  it('previews and exports the testimony as a Word file on A4, after saving it', async () => {
    const { harbor, flush } = open({ grants: [grantOf('grant-0001', { sourceIds: [TESTIMONY_ID, STORY_ID] })] });
    await heading('Choose a consent');
    await screen.findByRole('radio', { checked: true });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');
    fireEvent.click(await screen.findByRole('button', { name: '“witness@example.org” is fine to share' }));
    await screen.findByText(/Harbor found nothing more that looks identifying/);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('What leaves Harbor');
    expect(flush).toHaveBeenCalled();
    const original = await screen.findByRole('region', { name: 'Your testimony as written' });
    expect(original.textContent).toContain('What happened.');
    expect(original.querySelector('span.sensitive[data-sensitive="place"]')?.textContent).toBe('Leeds');
    const previewRequest = harbor.callsTo('export:preview')[0] as RequestOf<'export:preview'>;
    expect(previewRequest).toMatchObject({
      source: { kind: 'testimony', id: TESTIMONY_ID },
      format: 'docx',
      paper: 'a4',
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await heading('File');
    const formatGroup = screen.getByRole('group', { name: 'File type' });
    expect(
      within(formatGroup)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['Word (DOCX)']);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await heading('Exported');
    const run = harbor.callsTo('export:run')[0] as RequestOf<'export:run'>;
    expect(run).toMatchObject({
      source: { kind: 'testimony', id: TESTIMONY_ID },
      format: 'docx',
      paper: 'a4',
      fileName: 'testimony-2098-06-01.docx',
    });
    // Within its budget, the request does not say "export anyway" (main would refuse one over it).
    expect(run).not.toHaveProperty('overBudget');
  });
});

/** A one-minute spoken script at 120 words a minute with about two minutes of words. */
function longScript(): Testimony {
  const data = newTestimonyData(builtInTemplate('oral-script')!, { language: 'en', now: '2098-01-01T10:00:00Z' });
  const sentences = Array.from({ length: 20 }, (_, i) => `This is sentence ${i + 1} of what I will say to them today.`);
  data.sections.greeting = { text: 'Chair Lee, members, thank you.', excerpts: [] };
  data.sections.story = { text: sentences.join(' '), excerpts: [] };
  return { ...data, speakingRate: 120, targetMinutes: 1, id: TESTIMONY_ID, revision: 1 };
}

describe('exporting a testimony over its budget', () => {
  it('says by how much and what to leave out, and goes on only when the person chooses the fitted script or all of it', async () => {
    const { onEdit } = open({ testimony: longScript() });
    await heading('This is longer than its budget');
    const step = screen.getByTestId('over-budget');
    expect(step.textContent).toContain(
      'Speaking time: 2\u00a0min\u00a02\u00a0s of 1\u00a0min\u00a00\u00a0s, 1\u00a0min\u00a02\u00a0s over.',
    );
    expect(screen.getByTestId('over-budget-cuts').textContent).toBe(
      'My story: 11 sentences (132 words), from “This is sentence 10 of what I will say to them today.”',
    );
    // The decision is in view: focus on the step's heading, the choices before the long list of cuts.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'This is longer than its budget' }));
    const anyway = screen.getByRole('button', { name: 'Export all of it anyway' });
    const cutsList = screen.getByTestId('over-budget-cuts');
    expect(anyway.compareDocumentPosition(cutsList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Choose a consent' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to editing' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Export the 1 min script' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export all of it anyway' }));
    await heading('Choose a consent');
  });

  it('tells main the person chose to export anyway, so main writes the file', async () => {
    const { harbor } = open({
      testimony: longScript(),
      grants: [grantOf('grant-0001', { sourceIds: [TESTIMONY_ID] })],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Export all of it anyway' }));
    await heading('Choose a consent');
    await screen.findByRole('radio', { checked: true });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');
    fireEvent.click(await screen.findByRole('button', { name: '“Lee” is fine to share' }));
    await screen.findByText(/Harbor found nothing/);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('What leaves Harbor');
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await heading('File');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await heading('Exported');
    expect(harbor.callsTo('export:run')[0]).toMatchObject({ overBudget: true });
    expect(harbor.callsTo('export:run')[0]).not.toHaveProperty('fit');
    expect(harbor.callsTo('export:preview')[0]).not.toHaveProperty('fit');
  });

  it('exports the script fitted to its minutes when the person chooses it: preview and file alike, not "over budget"', async () => {
    const { harbor } = open({
      testimony: longScript(),
      grants: [grantOf('grant-0001', { sourceIds: [TESTIMONY_ID] })],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Export the 1 min script' }));
    await heading('Choose a consent');
    await screen.findByRole('radio', { checked: true });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Details that might identify someone');
    fireEvent.click(await screen.findByRole('button', { name: '“Lee” is fine to share' }));
    await screen.findByText(/Harbor found nothing/);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('What leaves Harbor');
    expect(harbor.callsTo('export:preview')[0]).toMatchObject({ fit: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await heading('File');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await heading('Exported');
    expect(harbor.callsTo('export:run')[0]).toMatchObject({ fit: true });
    expect(harbor.callsTo('export:run')[0]).not.toHaveProperty('overBudget');
  });
});
