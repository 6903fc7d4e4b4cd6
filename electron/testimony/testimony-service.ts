import { addCleared } from '../../shared/consent/cleared';
import { isHarborId } from '../../shared/core/ids';
import { HarborError } from '../../shared/errors';
import type { TestimonySaved } from '../../shared/ipc/contract-testimony';
import {
  applyTestimonyFile,
  newTestimonyData,
  testimonyDataSchema,
  testimonyEditSchema,
  toTestimonySummary,
  type Testimony,
  type TestimonyData,
  type TestimonyEdit,
  type TestimonyFile,
  type TestimonySummary,
} from '../../shared/testimony';
import { createKeyedQueue } from '../stories/keyed-queue';
import type { ItemRecord, OpenVault } from '../vault/types';
import type { TemplateStore } from './template-store';
import type { Lang } from '../../shared/core/languages';

const notFound = () => new HarborError('not_found', 'testimony.notFound');
const unreadable = () => new HarborError('integrity', 'testimony.unreadable');

function testimonyOf(record: ItemRecord): Testimony {
  if (record.kind !== 'testimony') throw notFound();
  const parsed = testimonyDataSchema.safeParse(record.data);
  if (!parsed.success) throw unreadable();
  return { id: record.id, revision: record.revision, ...parsed.data };
}

async function asNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HarborError && error.code === 'not_found') throw notFound();
    throw error;
  }
}

export interface CreateTestimonyInput {
  templateId: string;
  language: Lang;
  title?: string;
  fromStoryId?: string;
  /** The builder's fields and sections to start with (the command line's --from file), written in the same revision. */
  file?: TestimonyFile;
}

/**
 * Testimony documents over the vault. Every write is parsed with the shared schema, every read
 * parsed again; saves to one document run one after another so no autosave is lost.
 */
export function createTestimonyService(vault: OpenVault, templates: TemplateStore, opts: { now?: () => Date } = {}) {
  const serial = createKeyedQueue();
  const now = () => (opts.now ?? (() => new Date()))().toISOString();
  const checkedId = (id: string) => {
    if (!isHarborId(id)) throw notFound();
    return id;
  };
  const load = async (id: string) => testimonyOf(await asNotFound(vault.get(checkedId(id))));
  const commit = async (t: Testimony, data: TestimonyData): Promise<Testimony> => {
    const record = await vault.put<TestimonyData>(t.id, testimonyDataSchema.parse(data));
    return { id: record.id, revision: record.revision, ...data };
  };
  const dataOf = ({ id: _id, revision: _r, ...data }: Testimony): TestimonyData => data;

  const service = {
    async list(options: { includeTrashed?: boolean } = {}): Promise<TestimonySummary[]> {
      const out: TestimonySummary[] = [];
      for (const record of await vault.list('testimony')) {
        const parsed = testimonyDataSchema.safeParse(record.data);
        if (!parsed.success) continue;
        if (parsed.data.trashedAt !== null && !options.includeTrashed) continue;
        out.push(toTestimonySummary({ id: record.id, revision: record.revision, ...parsed.data }));
      }
      return out.sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id),
      );
    },

    get: (id: string) => load(id),

    async create(input: CreateTestimonyInput): Promise<Testimony> {
      const template = await templates.get(input.templateId);
      const blank = newTestimonyData(template, {
        language: input.language,
        title: input.title ?? '',
        fromStoryId: input.fromStoryId ?? null,
        now: now(),
      });
      const data = testimonyDataSchema.parse(input.file ? applyTestimonyFile(blank, input.file) : blank);
      const record = await vault.create<TestimonyData>('testimony', data);
      return { id: record.id, revision: record.revision, ...data };
    },

    async save(id: string, edit: Partial<TestimonyEdit>): Promise<TestimonySaved> {
      const changes = testimonyEditSchema.partial().parse(edit);
      return serial(checkedId(id), async () => {
        const current = await load(id);
        const before = dataOf(current);
        const after: TestimonyData = { ...before, ...changes };
        if (JSON.stringify(before) === JSON.stringify(after))
          return { id, revision: current.revision, updatedAt: current.updatedAt };
        const saved = await commit(current, { ...after, updatedAt: now() });
        return { id, revision: saved.revision, updatedAt: saved.updatedAt };
      });
    },

    /** Remembers check candidates as fine to share; the testimony's text and date stay as they are. */
    async clear(id: string, texts: readonly string[]): Promise<string[]> {
      return serial(checkedId(id), async () => {
        const current = await load(id);
        const cleared = addCleared(current.cleared ?? [], texts);
        if (JSON.stringify(cleared) !== JSON.stringify(current.cleared ?? []))
          await commit(current, { ...dataOf(current), cleared });
        return cleared;
      });
    },

    async setTrashed(id: string, trashed: boolean): Promise<void> {
      await serial(checkedId(id), async () => {
        const current = await load(id);
        if ((current.trashedAt !== null) === trashed) return;
        await commit(current, { ...dataOf(current), trashedAt: trashed ? now() : null });
      });
    },

    async destroy(id: string): Promise<void> {
      const current = await load(id);
      if (current.trashedAt === null) throw new HarborError('forbidden', 'testimony.notInTrash');
      await vault.destroy(current.id);
    },
  };
  return service;
}

export type TestimonyService = ReturnType<typeof createTestimonyService>;
