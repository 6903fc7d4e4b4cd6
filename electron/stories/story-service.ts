import { addCleared } from '../../shared/consent/cleared';
import { applyBlockPatch, type BlockPatch } from '../../shared/story/block-patch';
import { optional } from '../../shared/core/optional';
import { HarborError } from '../../shared/errors';
import { detailRegisterSchema, registerFromDoc, type DetailRegister } from '../../shared/story/detail-register';
import { emptyStoryDoc } from '../../shared/story/empty-doc';
import { anySensitiveMark } from '../../shared/story/sensitive-details';
import { storyDataSchema, type StoryData } from '../../shared/story/story-data';
import { docToPlainText } from '../../shared/story/plain-text';
import { countWords } from '../../shared/story/word-count';
import { toStory, toSummary, type Story, type StorySummary } from '../../shared/story/story-summary';
import { DOC_LIMITS } from '../../shared/story/doc-limits';
import type { BlockNode } from '../../shared/story/doc-types';
import type { ItemRecord, OpenVault, PutOptions, RevisionInfo, SavedRevision } from '../vault/types';
import { docSums, freezeBlocks, patchSums, type BlockSums } from './block-sums';
import { createKeyedQueue } from './keyed-queue';
import { nextSitting, revisionToReplace, type Sitting } from './sittings';
import type { StoryChangeListener } from './story-change';
import { storyErrors } from './story-errors';
import { deltaBetween, deltaJson } from './story-delta';
import { sameBlock, storyJson } from './story-json';
import { createStoryReader, type DeltaBase } from './stored-story';
import { createSummaryIndex } from './summary-index';
import {
  clearTextsSchema,
  createStoryInputSchema,
  parseInput,
  revisionNameSchema,
  revisionNumberSchema,
  STORY_ID_PATTERN,
  storyPatchSchema,
  updateOptionsSchema,
  type CreateStoryInput,
  type StoryPatch,
  type UpdateOptions,
} from './story-inputs';

export interface StoryService {
  create(input: CreateStoryInput): Promise<Story>;
  /** Newest edit first; stories in the Trash only when asked for. */
  list(opts?: { includeTrashed?: boolean }): Promise<StorySummary[]>;
  get(id: string): Promise<Story>;
  /**
   * Commits a new revision; a patch that changes nothing (and names nothing) commits nothing. An
   * autosave may replace the sitting's previous autosave instead of adding one (see sittings.ts).
   */
  update(id: string, patch: StoryPatch, opts?: UpdateOptions): Promise<Story>;
  /**
   * Remembers identifying-detail check candidates as fine to share (folded, see
   * shared/consent/cleared.ts); returns the whole list. The text and its date stay as they are.
   */
  clear(id: string, texts: readonly string[]): Promise<string[]>;
  /** The searchable text of every story in the library (not the Trash), read in one pass. */
  texts(): Promise<{ id: string; title: string; text: string }[]>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Removes a story and its whole history for good; only from the Trash. */
  destroy(id: string): Promise<void>;
  revisions(id: string): Promise<RevisionInfo[]>;
  getRevision(id: string, revision: number): Promise<Story>;
  nameRevision(id: string, revision: number, name: string | null): Promise<void>;
  /** The story's sensitive-detail register: every marked detail, with the person's saved variant choices. */
  details(id: string): Promise<DetailRegister>;
  /**
   * Saves the person's variant choices (on/off, added); details no longer marked in the story are
   * dropped and newly marked ones proposed. Returns the register as stored.
   */
  setDetails(id: string, details: DetailRegister): Promise<DetailRegister>;
  /** Writes the library's index as it stands (autosaves leave that for later); before the vault locks. */
  flush(): Promise<void>;
}

export interface StoryServiceOptions {
  /** The clock for createdAt/updatedAt/trashedAt (tests pass one that always moves forward). */
  now?: () => Date;
  /** Told after every committed change (the app's search index subscribes). */
  onChange?: StoryChangeListener;
}

function storyId(id: unknown): string {
  if (typeof id !== 'string' || !STORY_ID_PATTERN.test(id)) throw storyErrors.notFound();
  return id;
}

/** The vault says "item"; a person asked about a story. */
async function asStoryError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HarborError && error.code === 'not_found') throw storyErrors.notFound();
    throw error;
  }
}

function storyOf(record: ItemRecord): Story {
  if (record.kind !== 'story') throw storyErrors.notFound();
  const parsed = storyDataSchema.safeParse(record.data);
  if (!parsed.success) throw storyErrors.unreadable(record.id);
  return toStory(record.id, record.revision, parsed.data);
}

/** A story without marks and without a saved register stores none (so an unchanged save stays a no-op). */
function detailsFor(doc: StoryData['doc'], saved: DetailRegister | undefined): { details?: DetailRegister } {
  const details = registerFromDoc(doc, saved);
  return details.length || saved ? { details } : {};
}

/** No words anywhere: not in the title, the text or a private note. */
const isEmpty = (story: Story) =>
  countWords(story.title) === 0 && countWords(docToPlainText(story.doc, { includePrivateNotes: true })) === 0;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether a change leaves the story as it was, like comparing the two as JSON, but block by block:
 * the blocks a patch did not touch are the same objects and need no comparing.
 */
function sameData(before: StoryData, after: StoryData): boolean {
  const { doc: a, ...restBefore } = before;
  const { doc: b, ...restAfter } = after;
  if (!sameJson(restBefore, restAfter)) return false;
  if (a === b) return true;
  const { content: blocksA, ...docA } = a;
  const { content: blocksB, ...docB } = b;
  if (blocksA === undefined || blocksB === undefined) return sameJson(a, b);
  if (blocksA.length !== blocksB.length || !sameJson(docA, docB)) return false;
  return blocksA.every((block, i) => block === blocksB[i] || sameJson(block, blocksB[i]));
}

/**
 * The document an editor's block patch makes of the stored one, checked as strictly as a whole
 * document: the blocks it brings are parsed with the document schema (as a document of their own,
 * so each block's depth, parts and formatting are checked as they would be in place), and the
 * whole document's bounds are checked from the sizes of its blocks. The stored blocks were checked
 * when they were stored. A patch made against anything but the stored revision is refused (the
 * editor then sends it all).
 */
function patchedDoc(current: Kept, blocks: BlockPatch): { doc: StoryData['doc']; sums: BlockSums; marks: boolean } {
  const { story } = current;
  const stored = story.doc.content ?? [];
  if (!applyBlockPatch<unknown>(stored, story.revision, blocks)) throw storyErrors.invalid('story.changeNotUnderstood');
  const inserted = parseInput(storyPatchSchema, { doc: { type: 'doc', content: blocks.insert } }).doc!.content ?? [];
  const content = applyBlockPatch(stored, story.revision, { ...blocks, insert: inserted })!;
  const doc = { ...story.doc, content };
  const removed = stored.slice(blocks.from, blocks.from + blocks.remove);
  const sums = patchSums(current.sums, removed, inserted);
  if (sums.nodes > DOC_LIMITS.maxNodes) throw storyErrors.invalid('story.tooManyParts');
  if (sums.chars > DOC_LIMITS.maxTextChars) throw storyErrors.invalid('story.tooLong');
  return { doc, sums, marks: anySensitiveMark(removed) || anySensitiveMark(inserted) };
}

/**
 * The register a changed document stores. Blocks without a sensitive mark cannot add, drop or
 * reorder a detail (a marked run never spans two blocks), so a patch of only such blocks keeps the
 * register as it is, without walking the whole story at every autosave. Every reader (the panel,
 * each export) derives the register from the document and these saved choices again anyway.
 */
function detailsAfter(doc: StoryData['doc'], before: StoryData, patched?: { marks: boolean }) {
  if (patched && !patched.marks) return optional('details', before.details);
  return detailsFor(doc, before.details);
}

/** A story with its word count counted block by block (see block-sums.ts). */
const storyFrom = (id: string, revision: number, data: StoryData, sums: BlockSums): Story => ({
  id,
  revision,
  wordCount: sums.words,
  ...data,
});

/** A story as the service last committed it, with its document's sums (see block-sums.ts). */
interface Kept {
  story: Story;
  sums: BlockSums;
  /** When its revision is stored as a delta (story-delta.ts): the whole revision below it, blocks frozen. */
  base: DeltaBase | null;
}

/** The fields of a story as stored, without what the service adds to it. */
function dataOf(story: Story): StoryData {
  const { id: _id, revision: _r, wordCount: _w, ...data } = story;
  return data;
}

/**
 * Stories over the vault: every input is parsed with the story model's schemas before it reaches
 * the vault, and every read is parsed again on the way out, so nothing malformed travels in
 * either direction.
 */
export function createStoryService(vault: OpenVault, opts: StoryServiceOptions = {}): StoryService {
  const serial = createKeyedQueue();
  const clock = opts.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const reader = createStoryReader(vault);
  const index = createSummaryIndex(vault, (record) =>
    reader.latest(record.id, record).then(
      (read) => read.record,
      () => null,
    ),
  );
  /** Per story, the autosave sitting in progress (in memory only: locking ends every sitting). */
  const sittings = new Map<string, Sitting>();
  const publish = opts.onChange ?? (() => undefined);
  /**
   * Per story, the newest revision as this service committed it, for the editor's autosave of
   * changed blocks: the save then neither reads, decrypts nor checks the whole story again. Safe
   * because the vault has one writer (this process, while it is open: electron/vault/lock-file.ts)
   * and every story revision is committed here; the blocks kept are frozen so nothing changes them
   * in place. A commit that fails forgets the story, which is then read from the vault again.
   */
  const kept = new Map<string, Kept>();

  const load = async (id: string): Promise<Story> => storyOf((await asStoryError(reader.latest(id))).record);
  const loadToPatch = async (id: string): Promise<Kept> => {
    const known = kept.get(id);
    if (known) return known;
    const read = await asStoryError(reader.latest(id));
    const story = storyOf(read.record);
    freezeBlocks(story.doc);
    let base: DeltaBase | null = null;
    if (read.base) {
      // Frozen so their bytes are remembered: the next delta compares the blocks with these.
      freezeBlocks({ type: 'doc', content: read.base.blocks as BlockNode[] });
      base = read.base;
    }
    const loaded = { story, sums: docSums(story.doc), base };
    kept.set(id, loaded);
    return loaded;
  };

  /** A delta revision of `data` over `base` (story-delta.ts). */
  const putDelta = (id: string, data: StoryData, base: DeltaBase, opts: PutOptions): Promise<SavedRevision> => {
    const { doc, ...rest } = data;
    const delta = deltaBetween(base.blocks as BlockNode[], doc.content ?? [], sameBlock);
    return vault.putJson(id, deltaJson(rest, { base: base.revision, ...delta }), opts);
  };

  /**
   * Writes a story whole in the place of its delta revision, keeping that revision's time, before
   * anything else is written over it: a delta is only ever the latest revision (story-delta.ts).
   */
  const writeWhole = async (story: Story): Promise<number> =>
    (
      await asStoryError(
        vault.putJson(story.id, storyJson(dataOf(story)), { supersede: story.revision, keepTime: true }),
      )
    ).revision;

  const commit = async (
    known: Kept,
    data: StoryData,
    how: { revisionName?: string; autosave?: boolean; sitting?: string } = {},
    sums: BlockSums = docSums(data.doc),
  ): Promise<Story> => {
    const current = known.story;
    const nowMs = Date.parse(data.updatedAt);
    const autosave = how.autosave === true && how.revisionName === undefined;
    const sitting = sittings.get(current.id);
    const latest = { revision: current.revision, emptyFirst: current.revision === 1 && isEmpty(current) };
    const replace = autosave ? revisionToReplace(sitting, latest, nowMs, how.sitting) : undefined;
    kept.delete(current.id);
    // Frozen before it is written: the blocks kept for the next save are the ones written now.
    freezeBlocks(data.doc);
    let base: DeltaBase | null = null;
    let record: SavedRevision;
    if (autosave && replace !== undefined && known.base) {
      // The sitting goes on: its delta, over the same base, replaces the one before.
      base = known.base;
      record = await asStoryError(putDelta(current.id, data, base, { supersede: replace }));
    } else {
      const below = known.base ? await writeWhole(current) : current.revision;
      if (autosave && replace === undefined) {
        // A new sitting: what it writes is stored as a delta over the revision it began from.
        base = { revision: below, blocks: current.doc.content ?? [] };
        record = await asStoryError(putDelta(current.id, data, base, {}));
      } else {
        record = await asStoryError(
          vault.putJson(current.id, storyJson(data), {
            ...optional('revisionName', how.revisionName),
            ...optional('supersede', below === current.revision ? replace : undefined),
          }),
        );
      }
    }
    if (autosave)
      sittings.set(current.id, nextSitting(sitting, how.sitting, record.revision, replace !== undefined, nowMs));
    else sittings.delete(current.id);
    const story = storyFrom(record.id, record.revision, data, sums);
    kept.set(story.id, { story, sums, base });
    await index.record(toSummary(story), { deferred: autosave });
    publish({ kind: 'saved', story });
    return story;
  };

  // Async throughout: a bad id must reject the promise, never throw before one exists.
  const setTrashed = async (rawId: string, trashed: boolean) => {
    const id = storyId(rawId);
    return serial(id, async () => {
      const current = await loadToPatch(id);
      if ((current.story.trashedAt !== null) === trashed) return;
      await commit(current, { ...dataOf(current.story), trashedAt: trashed ? now() : null });
    });
  };

  return {
    async create(input) {
      const parsed = parseInput(createStoryInputSchema, input);
      const at = now();
      const doc = parsed.doc ?? emptyStoryDoc();
      const data: StoryData = {
        title: parsed.title,
        tags: parsed.tags ?? [],
        doc,
        createdAt: at,
        updatedAt: at,
        trashedAt: null,
        ...detailsFor(doc, undefined),
      };
      const record = await vault.create<StoryData>('story', data);
      const story = toStory(record.id, record.revision, data);
      await index.record(toSummary(story));
      publish({ kind: 'saved', story });
      return story;
    },

    async list(opts = {}) {
      const includeTrashed = opts.includeTrashed === true;
      const stories = (await index.all()).filter((s) => includeTrashed || s.trashedAt === null);
      return stories.sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1,
      );
    },

    async get(id) {
      return load(storyId(id));
    },

    async texts() {
      const out: { id: string; title: string; text: string }[] = [];
      for (const stored of await vault.list('story')) {
        // Found by search as the library shows it: below a damaged delta, its newest whole version.
        const record = (await reader.latest(stored.id, stored).catch(() => null))?.record;
        const parsed = storyDataSchema.safeParse(record?.data);
        if (!record || !parsed.success || parsed.data.trashedAt !== null) continue;
        out.push({ id: record.id, title: parsed.data.title, text: docToPlainText(parsed.data.doc) });
      }
      return out;
    },

    async update(rawId, patch, opts) {
      const id = storyId(rawId);
      const changes = parseInput(storyPatchSchema, patch);
      const options = parseInput(updateOptionsSchema, opts);
      return serial(id, async () => {
        const known = await loadToPatch(id);
        const current = known.story;
        const before = dataOf(current);
        const patched = changes.blocks ? patchedDoc(known, changes.blocks) : undefined;
        const doc = patched ? patched.doc : changes.doc;
        const after: StoryData = {
          ...before,
          ...optional('title', changes.title),
          ...optional('tags', changes.tags),
          // A changed text may add marks (proposed variants) or drop them; the person's choices stay.
          ...(doc !== undefined ? { doc, ...detailsAfter(doc, before, patched) } : {}),
        };
        // Autosave fires on focus changes too; a revision per no-op would bury the real history.
        if (options?.revisionName === undefined && sameData(before, after)) return current;
        return commit(
          known,
          { ...after, updatedAt: now() },
          {
            ...optional('revisionName', options?.revisionName),
            autosave: options?.autosave === true,
            ...optional('sitting', options?.sitting),
          },
          patched?.sums,
        );
      });
    },

    async clear(rawId, texts) {
      const id = storyId(rawId);
      const added = parseInput(clearTextsSchema, texts);
      return serial(id, async () => {
        const current = await loadToPatch(id);
        const before = dataOf(current.story);
        const cleared = addCleared(before.cleared ?? [], added);
        if (sameJson(cleared, before.cleared ?? [])) return cleared;
        await commit(current, { ...before, cleared });
        return cleared;
      });
    },

    trash: (id) => setTrashed(id, true),
    restore: (id) => setTrashed(id, false),

    async destroy(rawId) {
      const id = storyId(rawId);
      return serial(id, async () => {
        const current = await load(id);
        if (current.trashedAt === null) throw storyErrors.notInTrash();
        kept.delete(id);
        await asStoryError(vault.destroy(id));
        sittings.delete(id);
        await index.forget(id);
        publish({ kind: 'removed', id });
      });
    },

    async revisions(rawId) {
      const id = storyId(rawId);
      await load(id);
      return asStoryError(vault.revisions(id));
    },

    async getRevision(rawId, revision) {
      const id = storyId(rawId);
      const n = parseInput(revisionNumberSchema, revision);
      const read = await reader.whole(await asStoryError(vault.getRevision(id, n)));
      if (!read) throw storyErrors.unreadable(id);
      return storyOf(read.record);
    },

    async nameRevision(rawId, revision, name) {
      const id = storyId(rawId);
      const n = parseInput(revisionNumberSchema, revision);
      const label = name === null ? null : parseInput(revisionNameSchema, name);
      return serial(id, async () => {
        const current = await loadToPatch(id);
        // A named version is kept as it is: the next autosave adds a revision after it.
        sittings.delete(id);
        let named = n;
        if (current.base && n === current.story.revision) {
          // A delta is never kept below another revision: the version is written whole first.
          kept.delete(id);
          named = await writeWhole(current.story);
        }
        await asStoryError(vault.nameRevision(id, named, label));
      });
    },

    async details(rawId) {
      const current = await load(storyId(rawId));
      return registerFromDoc(current.doc, current.details);
    },

    async setDetails(rawId, register) {
      const id = storyId(rawId);
      const given = parseInput(detailRegisterSchema, register);
      return serial(id, async () => {
        const current = await loadToPatch(id);
        const before = dataOf(current.story);
        const details = registerFromDoc(before.doc, given);
        if (sameJson(before.details ?? [], details)) return details;
        // Part of whatever sitting is writing now: a detail marked mid-sentence is no new version.
        const sitting = sittings.get(id)?.id;
        await commit(
          current,
          { ...before, details, updatedAt: now() },
          { autosave: true, ...optional('sitting', sitting) },
        );
        return details;
      });
    },

    flush: () => index.flush(),
  };
}
