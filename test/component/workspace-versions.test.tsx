import { render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { sideBySide, wordChanges, type DiffPart } from '../../renderer/src/features/versions/side-by-side';
import { countWords } from '../../shared/story';
import { VersionCompare } from '../../renderer/src/features/versions/VersionCompare';
import { installHarbor } from './harbor-stub';
import { docOf, revision, storyView } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const ID = 'story-vers-0001';
const EARLIER = revision(3, '2025-06-01T09:30:00.000Z', 'Before the hearing');
const LATER = revision(7, '2025-06-02T17:05:00.000Z');

const versions: Record<number, ReturnType<typeof storyView>> = {
  3: storyView({
    id: ID,
    revision: 3,
    title: 'My story',
    doc: docOf('I worked in a kitchen for two years.', 'Nobody asked me.'),
  }),
  7: storyView({
    id: ID,
    revision: 7,
    title: 'My story',
    doc: docOf('I worked in a restaurant kitchen for three years.', 'Nobody asked me.'),
  }),
};

function renderCompare() {
  const harbor = installHarbor({
    'story:revision': ({ revision: n }) => (versions[n] ? ok(versions[n]) : fail('not_found', 'vault.noRevision')),
  });
  render(<VersionCompare storyId={ID} from={EARLIER} to={LATER} onClose={() => undefined} />);
  return harbor;
}

describe('versions: compare two side by side', () => {
  it('shows removed words struck out on the left and added words on the right', async () => {
    const harbor = renderCompare();
    const before = await screen.findByTestId('diff-before');
    const after = screen.getByTestId('diff-after');
    expect(harbor.callsTo('story:revision')).toEqual([
      { id: ID, revision: 3 },
      { id: ID, revision: 7 },
    ]);

    const text = (els: NodeListOf<Element>) =>
      Array.from(els, (el) => el.textContent?.replace(/^(Added|Removed): /, '').trim());
    expect(text(before.querySelectorAll('del'))).toEqual(['two']);
    expect(text(after.querySelectorAll('ins'))).toEqual(['restaurant', 'three']);
    expect(before.querySelectorAll('ins')).toHaveLength(0);
    expect(after.querySelectorAll('del')).toHaveLength(0);
    // Unchanged text reads the same on both sides, paragraphs included.
    expect(before.textContent).toContain('Nobody asked me.');
    expect(after.textContent).toContain('Nobody asked me.');

    expect(screen.getByText('2 words added · 1 word removed')).toBeTruthy();
    // Each side's length as the word count below the story gives it (the title is not counted).
    expect(screen.getByTestId('diff-before-words').textContent).toBe('11 words');
    expect(screen.getByTestId('diff-after-words').textContent).toBe('12 words');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Earlier: Before the hearing \(.*2025.*\)$/);
    expect(headings[1]).toMatch(/^Later: .*2025/);
  });

  it('says so when a version cannot be opened', async () => {
    installHarbor({ 'story:revision': () => fail('not_found', 'vault.noRevision') });
    render(<VersionCompare storyId={ID} from={EARLIER} to={LATER} onClose={() => undefined} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Harbor couldn't find that saved version of this item.")).toBeTruthy();
  });
});

describe('sideBySide', () => {
  it('counts words, keeps each side exactly as written, and reports identical texts', () => {
    const result = sideBySide('one two three', 'one three four');
    const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
    expect(text(result.before)).toBe('one two three');
    expect(text(result.after)).toBe('one three four');
    // The earlier side keeps its own spacing and line breaks (diffWords alone would give it the later one's).
    const spaced = sideBySide('in the spring, with\n\nhope', 'in the spring of 2016, with hope');
    expect(text(spaced.before)).toBe('in the spring, with\n\nhope');
    expect(text(spaced.after)).toBe('in the spring of 2016, with hope');
    expect(spaced.after.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['of 2016']);
    // Punctuation is not a word.
    expect(sideBySide('I told it.', 'I told it, with more.')).toMatchObject({ added: 2, removed: 0 });
    expect([result.added, result.removed]).toEqual([1, 1]);
    expect(sideBySide('same', 'same')).toMatchObject({ added: 0, removed: 0, tooDifferent: false });
  });

  it('marks only the word that changed, as a whole word, and no spacing', () => {
    const result = sideBySide('We left in the spring.\nIt rained.', 'We left in the winter.\n\nIt rained.');
    const marked = (parts: DiffPart[]) => parts.filter((p) => p.kind !== 'same').map((p) => p.text);
    expect(marked(result.before)).toEqual(['spring']);
    expect(marked(result.after)).toEqual(['winter']);
    // A word that grew is marked whole, not from the letter that changed.
    expect(marked(sideBySide('my friend came', 'my friends came').after)).toEqual(['friends']);
    expect(marked(sideBySide('don’t go', 'don’t stay').before)).toEqual(['go']);
  });
});

describe('wordChanges: the counts agree with the word count', () => {
  const story = 'I worked there for two years. Nobody asked me, not once, about the 1,500 dollars.';
  it('counts every word of a new story as added, as many as the word count shows', () => {
    const changes = wordChanges('', story);
    expect(changes).toMatchObject({ added: countWords(story), removed: 0, wordsBefore: 0 });
    expect(changes.wordsAfter).toBe(countWords(story));
  });

  it('keeps words after = words before + added - removed, however the text moved', () => {
    const later = 'Nobody asked me about the dollars. I worked there for two long years, and then I left.';
    const changes = wordChanges(story, later);
    expect(changes.wordsBefore).toBe(countWords(story));
    expect(changes.wordsAfter).toBe(countWords(later));
    expect(changes.wordsBefore + changes.added - changes.removed).toBe(changes.wordsAfter);
    expect(changes.added).toBeGreaterThan(0);
    expect(changes.removed).toBeGreaterThan(0);
    // Punctuation and spacing alone change no word.
    expect(wordChanges('one, two', 'one two!')).toMatchObject({ added: 0, removed: 0 });
  });

  it('counts the one changed word once on each side', () => {
    expect(wordChanges('We left in the spring.', 'We left in the winter.')).toMatchObject({ added: 1, removed: 1 });
  });
});
