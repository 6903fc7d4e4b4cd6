import { addCleared } from '../../shared/consent/cleared';
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
import { createVaultItemStore } from '../items/vault-item-store';
import type { OpenVault } from '../vault/types';
import type { TemplateStore } from './template-store';
import type { Lang } from '../../shared/core/languages';

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
  const store = createVaultItemStore<TestimonyData>(
    vault,
    {
      kind: 'testimony',
      schema: testimonyDataSchema,
      notFound: 'testimony.notFound',
      unreadable: 'testimony.unreadable',
      notInTrash: 'testimony.notInTrash',
    },
    opts,
  );
  const { serial, checkedId, load, commit, dataOf } = store;

  const service = {
    async list(options: { includeTrashed?: boolean } = {}): Promise<TestimonySummary[]> {
      return (await store.all(options)).map(toTestimonySummary);
    },

    get: (id: string) => load(id),

    async create(input: CreateTestimonyInput): Promise<Testimony> {
      const template = await templates.get(input.templateId);
      const blank = newTestimonyData(template, {
        language: input.language,
        title: input.title ?? '',
        fromStoryId: input.fromStoryId ?? null,
        now: store.now(),
      });
      return store.create(testimonyDataSchema.parse(input.file ? applyTestimonyFile(blank, input.file) : blank));
    },

    async save(id: string, edit: Partial<TestimonyEdit>): Promise<TestimonySaved> {
      return store.save(id, testimonyEditSchema.partial().parse(edit));
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

    setTrashed: (id: string, trashed: boolean): Promise<void> => store.setTrashed(id, trashed),

    destroy: (id: string): Promise<void> => store.destroy(id),
  };
  return service;
}

export type TestimonyService = ReturnType<typeof createTestimonyService>;
