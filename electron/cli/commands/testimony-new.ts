import {
  testimonyFileSchema,
  unknownSections,
  unofferedMemo,
  unofferedMinutes,
} from '../../../shared/testimony/testimony-file';
import { createStoryService } from '../../stories/story-service';
import { createTemplateStore, createTestimonyService } from '../../testimony/index';
import { secretAt, stringFlag, type CliCommand } from '../command';
import { readJsonFile } from '../read-json-file';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const testimonyNew: CliCommand = {
  name: 'testimony new',
  summary: "Make a testimony from a template, with the builder's fields and sections from a JSON file",
  synopsis: '<dir> --template <id> --from <file.json> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    '--template <id>   A template id: oral-script, us-state-written, us-congress-written,',
    '                  uk-written-evidence, letter, briefing, or one of your own (see the app).',
    "--from <file>     The builder's fields and sections as JSON: {title, language, metadata,",
    '                  sections, speakingRate, targetMinutes}, every key optional; a section is its',
    '                  text (a string) or {text, excerpts}. The format is in docs/testimony-json.md;',
    "                  'harbor testimony show --json' prints it for an existing testimony.",
    'The file is checked exactly as the app checks the builder (and section ids against the',
    'template) before the vault is changed: a file that is not JSON or not that shape is refused',
    'with exit 1, saying where, and nothing is written.',
    'Prints the new testimony id on standard output; its length against the budget on standard error.',
  ],
  positionals: ['dir'],
  flags: { template: 'string', from: 'string' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const templateId = stringFlag(ctx.args, 'template');
    const from = stringFlag(ctx.args, 'from');
    if (!templateId || !from) throw new UsageError('Give --template and --from.');
    // Read and checked before the vault is unlocked, so a wrong file fails at once and changes nothing.
    const file = await readJsonFile(from, testimonyFileSchema);
    const created = await withVault(dir, secretAt(ctx, 0), async (vault) => {
      const template = await createTemplateStore(vault).get(templateId);
      const unknown = unknownSections(template, file);
      if (unknown.length > 0) {
        const known = template.sections.map((s) => s.id).join(', ');
        throw new UsageError(
          `The template ${template.id} has no section ${unknown.map((id) => `"${id}"`).join(', ')}. Its sections: ${known}. Nothing was written.`,
        );
      }
      const minutes = unofferedMinutes(template, file);
      if (minutes !== null) {
        throw new UsageError(
          `targetMinutes ${minutes} is not one of this template's lengths (${template.limits.minuteChoices!.join(', ')}). Nothing was written.`,
        );
      }
      if (unofferedMemo(template, file)) {
        throw new UsageError(
          `headingStyle "memo": the template ${template.id} has no memo block (TO/FROM/RE/DATE). Nothing was written.`,
        );
      }
      // A quoted story must be one of this vault's (exit 4 otherwise): a consent can only cover those.
      const stories = createStoryService(vault);
      for (const section of Object.values(file.sections ?? {}))
        for (const excerpt of section.excerpts) await stories.get(excerpt.storyId);
      return createTestimonyService(vault, createTemplateStore(vault)).create({
        templateId,
        language: file.language ?? 'en',
        file,
      });
    });
    ctx.io.out(created.id);
    ctx.io.err(`Made "${created.title || 'Untitled'}" from ${created.template.id}.`);
  },
};
