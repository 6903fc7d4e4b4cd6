import { randomBytes } from 'node:crypto';
import type { TemplateEntry } from '../../shared/ipc/contract-testimony';
import { HarborError } from '../../shared/errors';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  isBuiltInTemplateId,
  parseTemplateFile,
  templateSchema,
  templateToFile,
  type Template,
} from '../../shared/templates';
import type { ItemRecord, OpenVault } from '../vault/types';
import type { Lang } from '../../shared/core/languages';

interface TemplateItem {
  template: unknown;
}

const notFound = () => new HarborError('not_found', 'testimony.templateNotFound');
const newTemplateId = () => `custom-${randomBytes(6).toString('hex')}`;

/**
 * Built-in templates from shared/, custom ones encrypted in the vault (kind 'template'). A custom
 * template's id never equals a built-in's, so a file cannot replace one Harbor ships.
 */
export function createTemplateStore(vault: OpenVault) {
  const customRecords = async () => {
    const out: { record: ItemRecord<TemplateItem>; template: Template }[] = [];
    for (const record of await vault.list<TemplateItem>('template')) {
      const parsed = templateSchema.safeParse(record.data.template);
      if (parsed.success) out.push({ record, template: parsed.data });
    }
    return out;
  };
  const findCustom = async (id: string) => (await customRecords()).find((c) => c.template.id === id);

  const store = {
    async list(): Promise<TemplateEntry[]> {
      const custom = (await customRecords()).map((c) => c.template).sort((a, b) => a.name.en.localeCompare(b.name.en));
      return [
        ...BUILT_IN_TEMPLATES.map((template) => ({ template, builtIn: true })),
        ...custom.map((template) => ({ template, builtIn: false })),
      ];
    },

    async get(id: string): Promise<Template> {
      const template = builtInTemplate(id) ?? (await findCustom(id))?.template;
      if (!template) throw notFound();
      return template;
    },

    async save(input: Template): Promise<TemplateEntry> {
      const template = templateSchema.parse(input);
      if (isBuiltInTemplateId(template.id)) {
        throw new HarborError('forbidden', 'testimony.builtInTemplateUnchangeable');
      }
      const existing = await findCustom(template.id);
      if (existing) {
        const next = { ...template, version: Math.max(template.version, existing.template.version + 1) };
        await vault.put<TemplateItem>(existing.record.id, { template: next });
        return { template: next, builtIn: false };
      }
      await vault.create<TemplateItem>('template', { template });
      return { template, builtIn: false };
    },

    async duplicate(id: string, language: Lang): Promise<TemplateEntry> {
      const source = await store.get(id);
      const suffix = language === 'es' ? ' (copia)' : ' (copy)';
      const copy: Template = {
        ...structuredClone(source),
        id: newTemplateId(),
        version: 1,
        name: { en: `${source.name.en}${suffix}`.slice(0, 300), es: `${source.name.es}${suffix}`.slice(0, 300) },
      };
      return store.save(copy);
    },

    async remove(id: string): Promise<void> {
      if (isBuiltInTemplateId(id)) throw new HarborError('forbidden', 'testimony.builtInTemplateUndeletable');
      const existing = await findCustom(id);
      if (!existing) throw notFound();
      await vault.destroy(existing.record.id);
    },

    /** An imported template always arrives as a new custom template, never over an existing one. */
    async importText(text: string): Promise<TemplateEntry> {
      const template = parseTemplateFile(text);
      const taken = isBuiltInTemplateId(template.id) || (await findCustom(template.id)) !== undefined;
      return store.save(taken ? { ...template, id: newTemplateId(), version: 1 } : template);
    },

    async exportText(id: string): Promise<{ fileName: string; text: string }> {
      const template = await store.get(id);
      return { fileName: `${template.id}.harbor-template.json`, text: templateToFile(template) };
    },
  };
  return store;
}

export type TemplateStore = ReturnType<typeof createTemplateStore>;
