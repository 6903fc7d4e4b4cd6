import { describe, expect, it } from 'vitest';
import { HarborError, type ErrorCode } from '../../../shared/errors';
import { createStoryService } from '../../../electron/stories/index';
import { bullets, doc, para, sensitive, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';

async function refused(work: Promise<unknown>, code: ErrorCode): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected HarborError(${code})`).toBeInstanceOf(HarborError);
  expect((error as HarborError).code).toBe(code);
  return (error as HarborError).message;
}

/** A clock that moves one second per reading, so "newest first" never depends on timing. */
function steppingClock() {
  let t = Date.parse('2025-06-01T12:00:00.000Z');
  return () => new Date((t += 1000));
}

function setup() {
  const vault = new FakeVault();
  return { vault, stories: createStoryService(vault, { now: steppingClock() }) };
}

const MISSING = '0123456789abcdef0123456789abcdef';

describe('story service', () => {
  it('creates a story with an empty document and no tags by default', async () => {
    const { stories } = setup();
    const story = await stories.create({ title: 'Mi historia' });
    expect(story).toMatchObject({ title: 'Mi historia', tags: [], revision: 1, wordCount: 0, trashedAt: null });
    expect(story.doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(story.id).toMatch(/^[0-9a-f]{32}$/);
    expect(story.createdAt).toBe(story.updatedAt);
    expect(await stories.get(story.id)).toEqual(story);
  });

  it('stores only what the schema describes', async () => {
    const { stories, vault } = setup();
    const story = await stories.create({
      title: 'x',
      tags: [' hearing ', 'hearing'],
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', onclick: 'evil()', content: [{ type: 'text', text: 'hi' }] }],
      } as never,
    });
    const stored = (await vault.get(story.id)).data;
    expect(stored).toEqual({
      title: 'x',
      tags: ['hearing'],
      doc: doc(para(text('hi'))),
      createdAt: story.createdAt,
      updatedAt: story.updatedAt,
      trashedAt: null,
    });
    expect(vault.items.get(story.id)!.kind).toBe('story');
  });

  it('refuses invalid input with a plain message', async () => {
    const { stories } = setup();
    expect(await refused(stories.create({ title: 'x'.repeat(301) }), 'invalid_input')).toMatch(/at most 300/);
    expect(
      await refused(
        stories.create({ title: 'x', doc: { type: 'doc', content: [{ type: 'table' }] } as never }),
        'invalid_input',
      ),
    ).toMatch(/"table"/);
    expect(await refused(stories.create({ title: 'x', tags: [''] }), 'invalid_input')).toMatch(/tag/);
    expect(await refused(stories.create({ title: 'x', extra: 1 } as never), 'invalid_input')).toMatch(
      /does not understand/,
    );
    expect(await refused(stories.create(null as never), 'invalid_input')).toBeTruthy();
  });

  it('updates as a new revision, keeping what the patch leaves out', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'Draft', tags: ['t'] });
    const b = await stories.update(a.id, { doc: doc(para(text('Uno dos tres'))) });
    expect(b).toMatchObject({ title: 'Draft', tags: ['t'], revision: 2, wordCount: 3, createdAt: a.createdAt });
    expect(b.updatedAt > a.updatedAt).toBe(true);
    const c = await stories.update(a.id, { title: 'Final' }, { revisionName: 'Sent to committee' });
    expect(c).toMatchObject({ title: 'Final', revision: 3, wordCount: 3 });
    expect(await stories.revisions(a.id)).toEqual([
      expect.objectContaining({ revision: 3, revisionName: 'Sent to committee' }),
      expect.objectContaining({ revision: 2 }),
      expect.objectContaining({ revision: 1 }),
    ]);
    expect((await stories.getRevision(a.id, 1)).title).toBe('Draft');
  });

  it('keeps the sensitive-detail register with the story: new marks proposed on save, choices kept', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'R', doc: doc(para(text('Victor Salgado', sensitive('person', 'p1')))) });
    const register = await stories.details(a.id);
    expect(register.map((d) => d.text)).toEqual(['Victor Salgado']);
    const off = register.map((d) => ({
      ...d,
      variants: [
        ...d.variants.map((v) => ({ ...v, on: v.text !== 'Victor' })),
        { text: 'Vico', on: true, added: true },
      ],
    }));
    await stories.setDetails(a.id, off);
    const marked = doc(
      para(text('Victor Salgado', sensitive('person', 'p1')), text(' in '), text('Lima', sensitive('place', 'l1'))),
    );
    const saved = await stories.update(a.id, { doc: marked });
    expect(saved.details?.map((d) => d.id)).toEqual(['p1', 'l1']);
    const person = (await stories.get(a.id)).details![0]!;
    expect(person.variants).toEqual(
      expect.arrayContaining([
        { text: 'Victor', on: false },
        { text: 'Vico', on: true, added: true },
      ]),
    );
    await expect(
      stories.setDetails(a.id, [{ id: 'bad id!', category: 'person', text: 'x', variants: [] }]),
    ).rejects.toThrow();
  });

  it('commits nothing for a patch that changes nothing', async () => {
    const { stories, vault } = setup();
    const a = await stories.create({ title: 'Same', doc: doc(para(text('x'))) });
    const again = await stories.update(a.id, { title: 'Same', doc: doc(para(text('x'))) });
    expect(again.revision).toBe(1);
    expect(vault.puts).toBe(0);
  });

  it('serialises concurrent updates to one story so none is lost', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'T' });
    await Promise.all([
      stories.update(a.id, { title: 'New title' }),
      stories.update(a.id, { doc: doc(para(text('new text'))) }),
      stories.update(a.id, { tags: ['x'] }),
    ]);
    const latest = await stories.get(a.id);
    expect(latest).toMatchObject({ title: 'New title', tags: ['x'], revision: 4 });
    expect(latest.doc).toEqual(doc(para(text('new text'))));
  });

  it('lists newest edit first, leaving the Trash out unless asked', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'A', doc: doc(para(text('one two'))) });
    const b = await stories.create({ title: 'B' });
    await stories.update(a.id, { tags: ['edited'] });
    expect((await stories.list()).map((s) => s.title)).toEqual(['A', 'B']);
    const [first] = await stories.list();
    expect(first).toEqual({
      id: a.id,
      title: 'A',
      tags: ['edited'],
      updatedAt: first!.updatedAt,
      wordCount: 2,
      trashedAt: null,
      revision: 2,
    });
    expect(first).not.toHaveProperty('doc');
    await stories.trash(b.id);
    expect((await stories.list()).map((s) => s.id)).toEqual([a.id]);
    expect((await stories.list({ includeTrashed: true })).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('lists only stories, skipping other kinds and unreadable data', async () => {
    const { stories, vault } = setup();
    await stories.create({ title: 'Real' });
    vault.rawCreate('grant', { whatever: true });
    const broken = vault.rawCreate('story', { title: 42 });
    expect((await stories.list()).map((s) => s.title)).toEqual(['Real']);
    expect(await refused(stories.get(broken), 'integrity')).toMatch(/can't read/);
  });

  it("says a story isn't there for unknown ids, malformed ids and other kinds of item", async () => {
    const { stories, vault } = setup();
    const grant = vault.rawCreate('grant', {});
    for (const id of [MISSING, 'not-an-id', '../../etc/passwd', grant]) {
      expect(await refused(stories.get(id), 'not_found')).toBe("That story isn't in this vault.");
    }
    expect(await refused(stories.update(MISSING, { title: 'x' }), 'not_found')).toBe("That story isn't in this vault.");
    expect(await refused(stories.trash(MISSING), 'not_found')).toBeTruthy();
    expect(await refused(stories.revisions(grant), 'not_found')).toBeTruthy();
  });

  it('moves to the Trash and back, and deletes for good only from the Trash', async () => {
    const { stories, vault } = setup();
    const a = await stories.create({ title: 'A', doc: doc(bullets('x')) });
    expect(await refused(stories.destroy(a.id), 'forbidden')).toMatch(/Trash/);
    await stories.trash(a.id);
    const trashed = await stories.get(a.id);
    expect(trashed.trashedAt).not.toBeNull();
    expect(trashed.updatedAt).toBe(a.updatedAt);
    await stories.trash(a.id);
    expect((await stories.get(a.id)).revision).toBe(2);
    await stories.restore(a.id);
    expect((await stories.get(a.id)).trashedAt).toBeNull();
    await stories.trash(a.id);
    await stories.destroy(a.id);
    expect(vault.items.has(a.id)).toBe(false);
    expect(await refused(stories.get(a.id), 'not_found')).toBeTruthy();
  });

  it('names and unnames revisions, validating the name', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'A' });
    await stories.nameRevision(a.id, 1, '  First draft ');
    expect((await stories.revisions(a.id))[0]).toMatchObject({ revision: 1, revisionName: 'First draft' });
    await stories.nameRevision(a.id, 1, null);
    expect((await stories.revisions(a.id))[0]).not.toHaveProperty('revisionName');
    expect(await refused(stories.nameRevision(a.id, 1, '   '), 'invalid_input')).toMatch(/empty/);
    expect(await refused(stories.getRevision(a.id, 0), 'invalid_input')).toBeTruthy();
    expect(await refused(stories.getRevision(a.id, 9), 'not_found')).toBeTruthy();
  });
});

describe('check candidates cleared as fine to share', () => {
  it('are kept with the story (folded, once each) and survive later saves and a restored version', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'A', doc: doc(para(text('Call 555-123-4567.'))) });
    expect(await stories.clear(a.id, ['555-123-4567', 'Juan PÉREZ'])).toEqual(['555-123-4567', 'juan perez']);
    expect(await stories.clear(a.id, ['juan perez'])).toEqual(['555-123-4567', 'juan perez']);
    const saved = await stories.update(a.id, { doc: doc(para(text('Call 555-123-4567 again.'))) });
    expect(saved.cleared).toEqual(['555-123-4567', 'juan perez']);
    const restored = await stories.update(a.id, { doc: a.doc, title: a.title, tags: a.tags });
    expect(restored.cleared).toEqual(['555-123-4567', 'juan perez']);
    expect((await stories.get(a.id)).cleared).toEqual(['555-123-4567', 'juan perez']);
  });

  it('refuses what is not a list of short texts, and an unknown story', async () => {
    const { stories } = setup();
    const a = await stories.create({ title: 'A' });
    expect(await refused(stories.clear(a.id, []), 'invalid_input')).toBeTruthy();
    expect(await refused(stories.clear(a.id, ['x'.repeat(301)]), 'invalid_input')).toBeTruthy();
    expect(await refused(stories.clear(MISSING, ['x']), 'not_found')).toBeTruthy();
  });
});
