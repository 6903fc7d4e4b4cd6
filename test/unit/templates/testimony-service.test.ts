import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { templateToFile, type Template } from '../../../shared/templates';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { FakeVault } from '../../support/fake-vault';

function setup() {
  const vault = new FakeVault();
  let t = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date((t += 1000));
  const templates = createTemplateStore(vault);
  return { vault, templates, testimonies: createTestimonyService(vault, templates, { now }) };
}

async function refusal(work: Promise<unknown>): Promise<HarborError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarborError);
  return error as HarborError;
}

describe('testimony service', () => {
  it('creates a testimony from a template with every section blank and keeps it in the vault', async () => {
    const { vault, testimonies } = setup();
    const t = await testimonies.create({ templateId: 'oral-script', language: 'es', title: 'Audiencia' });
    expect(t.template.id).toBe('oral-script');
    expect(t.targetMinutes).toBe(3);
    expect(Object.keys(t.sections)).toEqual(t.template.sections.map((s) => s.id));
    expect(vault.items.get(t.id)!.kind).toBe('testimony');
    expect(await testimonies.get(t.id)).toEqual(t);
  });

  it('saves edits as new revisions, skips no-op saves, and lists newest first', async () => {
    const { vault, testimonies } = setup();
    const a = await testimonies.create({ templateId: 'letter', language: 'en' });
    const b = await testimonies.create({ templateId: 'briefing', language: 'en' });
    const saved = await testimonies.save(a.id, {
      metadata: { recipient: 'Senator Ruiz' },
      sections: { ...a.sections, why: { text: 'I live here.', excerpts: [] } },
    });
    expect(saved.revision).toBe(2);
    const puts = vault.puts;
    await testimonies.save(a.id, { metadata: { recipient: 'Senator Ruiz' } });
    expect(vault.puts).toBe(puts);
    expect((await testimonies.get(a.id)).sections.why!.text).toBe('I live here.');
    expect((await testimonies.list()).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('refuses malformed edits and unknown templates with a HarborError', async () => {
    const { testimonies } = setup();
    const a = await testimonies.create({ templateId: 'letter', language: 'en' });
    await expect(testimonies.save(a.id, { speakingRate: 5 } as never)).rejects.toThrow();
    expect((await refusal(testimonies.create({ templateId: 'no-such-template', language: 'en' }))).code).toBe(
      'not_found',
    );
    expect((await refusal(testimonies.get('0123456789abcdef'))).code).toBe('not_found');
  });

  it('trashes, restores and deletes only from the trash', async () => {
    const { testimonies } = setup();
    const a = await testimonies.create({ templateId: 'letter', language: 'en' });
    expect((await refusal(testimonies.destroy(a.id))).code).toBe('forbidden');
    await testimonies.setTrashed(a.id, true);
    expect(await testimonies.list()).toEqual([]);
    expect((await testimonies.list({ includeTrashed: true }))[0]!.trashedAt).not.toBeNull();
    await testimonies.setTrashed(a.id, false);
    expect(await testimonies.list()).toHaveLength(1);
    await testimonies.setTrashed(a.id, true);
    await testimonies.destroy(a.id);
    expect((await refusal(testimonies.get(a.id))).code).toBe('not_found');
  });
});

describe('template store', () => {
  it('lists the built-ins first, then custom templates; built-ins cannot be changed or deleted', async () => {
    const { templates } = setup();
    const list = await templates.list();
    expect(list.filter((e) => e.builtIn)).toHaveLength(7);
    const builtIn = list[0]!.template;
    expect((await refusal(templates.save(builtIn))).code).toBe('forbidden');
    expect((await refusal(templates.remove(builtIn.id))).code).toBe('forbidden');
  });

  it('duplicates a built-in, edits its sections and limits, and bumps its version', async () => {
    const { vault, templates, testimonies } = setup();
    const copy = (await templates.duplicate('us-state-written', 'en')).template;
    expect(copy.id).toMatch(/^custom-/);
    expect(copy.name.en).toBe('State committee: written testimony (copy)');
    const edited: Template = { ...copy, sections: copy.sections.slice(0, 2), limits: { characters: 2_000 } };
    const saved = await templates.save(edited);
    expect(saved.template.version).toBe(2);
    expect([...vault.items.values()].filter((i) => i.kind === 'template')).toHaveLength(1);
    const t = await testimonies.create({ templateId: copy.id, language: 'en' });
    expect(t.template.sections).toHaveLength(2);
    expect(t.template.limits.characters).toBe(2_000);
    await templates.remove(copy.id);
    // The testimony keeps its own copy of the template.
    expect((await testimonies.get(t.id)).template.sections).toHaveLength(2);
  });

  it('imports a file as a new custom template, never over a built-in, and exports it back', async () => {
    const { templates } = setup();
    const builtInFile = templateToFile((await templates.list())[3]!.template);
    const imported = await templates.importText(builtInFile);
    expect(imported.builtIn).toBe(false);
    expect(imported.template.id).toMatch(/^custom-/);
    const again = await templates.importText(templateToFile(imported.template));
    expect(again.template.id).not.toBe(imported.template.id);
    const exported = await templates.exportText(imported.template.id);
    expect(exported.fileName).toBe(`${imported.template.id}.harbor-template.json`);
    expect(JSON.parse(exported.text).template).toEqual(imported.template);
    const bad = await refusal(templates.importText('{"format":"harbor-testimony-template","template":{"id":1}}'));
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toMatch(/^This template cannot be used/);
  });
});
