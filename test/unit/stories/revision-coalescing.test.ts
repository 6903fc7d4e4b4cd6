import { afterEach, describe, expect, it } from 'vitest';
import { createStoryService } from '../../../electron/stories/index';
import { SITTING } from '../../../electron/stories/sittings';
import { newVault, removeTempDirs } from '../vault/helpers';
import { doc, para, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';

afterEach(removeTempDirs);

const MINUTE = 60_000;
const SITTING_A = 'sitting-aaaa-0001';
const SITTING_B = 'sitting-bbbb-0002';
const words = (s: string) => doc(para(text(s)));

/** A clock the test moves by hand. */
function handClock() {
  let t = Date.parse('2025-06-01T12:00:00.000Z');
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

function setup() {
  const vault = new FakeVault();
  const clock = handClock();
  const stories = createStoryService(vault, { now: clock.now });
  /** An autosave `ms` after the previous step, with the given text, from the editor's sitting `sitting`. */
  const autosave = async (id: string, ms: number, body: string, sitting = SITTING_A) => {
    clock.advance(ms);
    return stories.update(id, { doc: words(body) }, { autosave: true, sitting });
  };
  const history = async (id: string) => (await stories.revisions(id)).map((r) => r.revision).reverse();
  const textOf = async (id: string, revision: number) =>
    JSON.stringify((await stories.getRevision(id, revision)).doc).match(/"text":"([^"]*)"/)?.[1];
  /**
   * The text of each version, oldest first. A version's number can change while its text and time
   * do not: a sitting's autosave is stored as a delta, written whole again when anything else is
   * saved over it (story-delta.ts).
   */
  const versionTexts = async (id: string) => Promise.all((await history(id)).map((r) => textOf(id, r)));
  return { vault, clock, stories, autosave, history, textOf, versionTexts };
}

describe('revision coalescing (autosaves within a sitting)', () => {
  it('keeps one version per sitting: each autosave replaces the one before it', async () => {
    const { stories, autosave, history, textOf } = setup();
    const story = await stories.create({ title: '' });
    await autosave(story.id, 1_000, 'I');
    await autosave(story.id, 2_000, 'I was');
    const last = await autosave(story.id, 1_500, 'I was there');
    // The three autosaves became one, holding the newest text; it took the empty first revision's place.
    expect(await history(story.id)).toEqual([last.revision]);
    expect(await textOf(story.id, last.revision)).toBe('I was there');
    expect((await stories.get(story.id)).revision).toBe(last.revision);
  });

  it('starts a new version after a pause of more than a few minutes', async () => {
    const { stories, autosave, history, textOf } = setup();
    const story = await stories.create({ title: '' });
    const morning = await autosave(story.id, 1_000, 'morning');
    const evening = await autosave(story.id, SITTING.gapMs + 1, 'evening');
    expect(await history(story.id)).toEqual([morning.revision, evening.revision]);
    expect(await textOf(story.id, morning.revision)).toBe('morning');
  });

  it('leaves a version at least every quarter hour of a long sitting', async () => {
    const { stories, autosave, history, textOf } = setup();
    const story = await stories.create({ title: '' });
    // An hour of writing, saved every two minutes.
    for (let minute = 2; minute <= 60; minute += 2) await autosave(story.id, 2 * MINUTE, `minute ${minute}`);
    const versions = await history(story.id);
    expect(versions.length).toBe(Math.ceil((60 * MINUTE) / SITTING.spanMs));
    expect(await textOf(story.id, versions[versions.length - 1]!)).toBe('minute 60');
  });

  it('never replaces a named version, a restore, or the revision saved before a restore', async () => {
    const { stories, autosave, history, versionTexts } = setup();
    const story = await stories.create({ title: '' });
    const draft = await autosave(story.id, 1_000, 'first draft');
    await stories.nameRevision(story.id, draft.revision, 'Sent to the committee');
    const after = await autosave(story.id, 1_000, 'second draft');
    expect(await history(story.id)).toEqual([draft.revision, after.revision]);

    // Restoring the named draft: a plain save, as the story:restore-revision handler makes it.
    const old = await stories.getRevision(story.id, draft.revision);
    const restored = await stories.update(story.id, { doc: old.doc });
    const next = await autosave(story.id, 1_000, 'first draft, then more');
    expect(await versionTexts(story.id)).toEqual([
      'first draft',
      'second draft',
      'first draft',
      'first draft, then more',
    ]);
    const versions = await history(story.id);
    expect([versions[0], versions[2], versions[3]]).toEqual([draft.revision, restored.revision, next.revision]);
  });

  it('never replaces a new story’s first revision, trash and restore, or a save kept on purpose', async () => {
    const { stories, autosave, versionTexts, clock } = setup();
    const imported = await stories.create({ title: 'Imported', doc: words('as it was imported') });
    await autosave(imported.id, 1_000, 'edited');
    await stories.trash(imported.id);
    await stories.restore(imported.id);
    await autosave(imported.id, 1_000, 'edited again');
    clock.advance(1_000);
    await stories.update(imported.id, { doc: words('checkpoint') });
    await autosave(imported.id, 1_000, 'after the checkpoint');
    // The first revision; the autosave; moved to the Trash; back; the next autosave; the checkpoint; after it.
    expect(await versionTexts(imported.id)).toEqual([
      'as it was imported',
      'edited',
      'edited',
      'edited',
      'edited again',
      'checkpoint',
      'after the checkpoint',
    ]);
  });

  it('replaces only the story’s own latest autosave, story by story', async () => {
    const { stories, autosave, history } = setup();
    const one = await stories.create({ title: '' });
    const two = await stories.create({ title: '' });
    await autosave(one.id, 1_000, 'one a');
    await autosave(two.id, 1_000, 'two a');
    const oneB = await autosave(one.id, 1_000, 'one b');
    const twoB = await autosave(two.id, 1_000, 'two b');
    expect(await history(one.id)).toEqual([oneB.revision]);
    expect(await history(two.id)).toEqual([twoB.revision]);
  });

  it('starts a new version when the story is opened again, however soon', async () => {
    const { stories, autosave, history, textOf, versionTexts } = setup();
    const story = await stories.create({ title: '' });
    const first = await autosave(story.id, 1_000, 'before the library', SITTING_A);
    // Back to the library and into the story again a minute later: the editor names a new sitting.
    const second = await autosave(story.id, MINUTE, 'after the library', SITTING_B);
    const third = await autosave(story.id, 1_000, 'after the library, and more', SITTING_B);
    expect(await history(story.id)).toEqual([first.revision, third.revision]);
    expect(second.revision).toBe(first.revision + 1);
    expect(await textOf(story.id, first.revision)).toBe('before the library');
    // A save that names no sitting never folds into a named one.
    await stories.update(story.id, { doc: words('from elsewhere') }, { autosave: true });
    expect(await versionTexts(story.id)).toEqual([
      'before the library',
      'after the library, and more',
      'from elsewhere',
    ]);
  });

  it('keeps a first revision that has words in it: a title, a text or a note', async () => {
    const { stories, autosave, history } = setup();
    const titled = await stories.create({ title: 'The river' });
    const a = await autosave(titled.id, 1_000, 'we crossed');
    expect(await history(titled.id)).toEqual([1, a.revision]);
    const imported = await stories.create({ title: '', doc: words('as it was imported') });
    const b = await autosave(imported.id, 1_000, 'edited');
    expect(await history(imported.id)).toEqual([1, b.revision]);
  });

  it('a checkpoint (the save after a large paste) keeps the text before it and a version of its own', async () => {
    const { stories, autosave, history, textOf, clock } = setup();
    const story = await stories.create({ title: '' });
    const before = await autosave(story.id, 1_000, 'what I wrote myself');
    clock.advance(1_000);
    const pasted = await stories.update(story.id, { doc: words('a long pasted letter') }, { sitting: SITTING_A });
    const after = await autosave(story.id, 1_000, 'a long pasted letter, edited');
    const later = await autosave(story.id, 1_000, 'a long pasted letter, edited again');
    expect(await history(story.id)).toEqual([before.revision, pasted.revision, later.revision]);
    expect(after.revision).toBe(pasted.revision + 1);
    expect(await textOf(story.id, before.revision)).toBe('what I wrote myself');
    expect(await textOf(story.id, pasted.revision)).toBe('a long pasted letter');
  });

  it('restoring keeps the text it replaces, even the sitting’s own autosave', async () => {
    const { stories, autosave, versionTexts } = setup();
    const story = await stories.create({ title: '' });
    const old = await autosave(story.id, 1_000, 'the old way');
    await autosave(story.id, SITTING.gapMs + 1, 'the new way');
    await stories.update(story.id, { doc: (await stories.getRevision(story.id, old.revision)).doc });
    await autosave(story.id, 1_000, 'the old way, then more');
    expect(await versionTexts(story.id)).toEqual([
      'the old way',
      'the new way',
      'the old way',
      'the old way, then more',
    ]);
  });

  it('a detail marked while writing is part of the sitting, not a version of its own', async () => {
    const { stories, autosave, history } = setup();
    const story = await stories.create({ title: '' });
    await autosave(story.id, 1_000, 'I met Ana');
    await stories.setDetails(story.id, []);
    const last = await autosave(story.id, 1_000, 'I met Ana in June');
    expect(await history(story.id)).toEqual([last.revision]);
  });

  it('in the real vault: the replaced file is gone, and a name given meanwhile still wins', async () => {
    const { vault } = await newVault();
    const story = await vault.create('story', { n: 0 });
    const a = await vault.put(story.id, { n: 1 });
    const b = await vault.put(story.id, { n: 2 }, { supersede: a.revision });
    expect((await vault.revisions(story.id)).map((r) => r.revision)).toEqual([b.revision, 1]);
    // Only the revision directly before the commit can be replaced.
    const c = await vault.put(story.id, { n: 3 }, { supersede: 1 });
    expect((await vault.revisions(story.id)).map((r) => r.revision)).toEqual([c.revision, b.revision, 1]);
    await vault.nameRevision(story.id, c.revision, 'Named');
    const d = await vault.put(story.id, { n: 4 }, { supersede: c.revision });
    expect((await vault.revisions(story.id)).map((r) => r.revision)).toEqual([d.revision, c.revision, b.revision, 1]);
    expect((await vault.getRevision(story.id, c.revision)).data).toEqual({ n: 3 });
    await vault.close();
  });
});
