import { computeBudgets, sectionPlainText } from '../../../shared/testimony/budgets';
import { fitScript, timeMark, type ScriptFit } from '../../../shared/testimony/fit-script';
import type { Testimony } from '../../../shared/testimony/testimony-data';
import { toTestimonyFile } from '../../../shared/testimony/testimony-file';
import { sharedSources } from '../../export-pipeline/testimony-source';
import { createTemplateStore, createTestimonyService } from '../../testimony/index';
import { budgetLines } from '../budget-report';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const testimonyShow: CliCommand = {
  name: 'testimony show',
  summary: 'Print one testimony, section by section, with its length against its budget',
  synopsis: '<dir> <id> --passphrase-stdin [--json] [--fit] [--minutes <n>]',
  details: [
    'Standard input: the passphrase.',
    'Prints the title, then each section that has text: its title, a line of dashes and its text,',
    'quoted passages included. This is your draft as written, for you: nothing withheld. What a',
    "consent lets out is what 'harbor export --testimony' writes.",
    'On standard error: the length (words, minutes at your pace) against the template’s budget.',
    "--json  Print the builder's fields and sections instead, in the form 'harbor testimony new",
    "        --from' reads (docs/testimony-json.md).",
    '--fit          A spoken script fitted to its minutes at your pace (speakingRate): whole',
    '               sentences kept from the start of each section, each section marked with the',
    '               time it starts ("[1:05]"); on standard error, per section, the sentences left',
    '               out: what to trim, or say faster.',
    "--minutes <n>  With --fit: fit to n minutes instead of the testimony's chosen length.",
    'Exit 4 if there is no testimony with that id; exit 3 if it is damaged.',
  ],
  positionals: ['dir', 'id'],
  flags: { json: 'boolean', fit: 'boolean', minutes: 'string' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, id } = ctx.args.positionals as { dir: string; id: string };
    const minutesFlag = stringFlag(ctx.args, 'minutes');
    const minutes = minutesFlag === undefined ? undefined : Number(minutesFlag);
    if (minutes !== undefined && !(minutes > 0 && minutes <= 600))
      throw new UsageError('--minutes must be a number of minutes, such as 2 or 1.5.');
    if (minutes !== undefined && !flagSet(ctx.args, 'fit')) throw new UsageError('--minutes goes with --fit.');
    const { testimony, shared } = await withVault(dir, secretAt(ctx, 0), async (vault) => {
      const found = await createTestimonyService(vault, createTemplateStore(vault)).get(id);
      return { testimony: found, shared: await sharedSources(vault, found) };
    });
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify(toTestimonyFile(testimony), null, 2));
      return;
    }
    if (testimony.trashedAt) ctx.io.err('This testimony is in the Trash.');
    const lang = testimony.language;
    if (flagSet(ctx.args, 'fit')) {
      const fit = fitScript(testimony, { shared, ...(minutes === undefined ? {} : { minutes }) });
      if (!fit) throw new UsageError('This template has no minutes to fit to: give --minutes.');
      return showFitted(ctx.io, testimony, fit);
    }
    for (const line of budgetLines(computeBudgets(testimony, shared), testimony.template, lang, testimony.speakingRate))
      ctx.io.err(line);
    const parts = [testimony.title || 'Untitled'];
    for (const section of testimony.template.sections) {
      const text = sectionPlainText(testimony.sections[section.id], shared);
      if (text === '') continue;
      const title = section.title[lang];
      parts.push(`${title}\n${'-'.repeat([...title].length)}\n${text}`);
    }
    ctx.io.out(parts.join('\n\n'));
  },
};

function showFitted(io: { out(t: string): void; err(t: string): void }, t: Testimony, fit: ScriptFit): void {
  const parts = [t.title || 'Untitled'];
  for (const s of fit.sections) {
    if (s.text === '') continue;
    const title = t.template.sections.find((x) => x.id === s.sectionId)!.title[t.language];
    parts.push(`[${timeMark(s.startsAt)}] ${title}\n${s.text}`);
  }
  parts.push(`[${timeMark(fit.words / fit.wpm)}] End`);
  io.out(parts.join('\n\n'));
  io.err(`Fitted to ${fit.minutes} minutes at ${fit.wpm} words a minute: ${fit.words} of ${fit.targetWords} words.`);
  for (const s of fit.sections) {
    if (s.cut.length === 0) continue;
    const title = t.template.sections.find((x) => x.id === s.sectionId)!.title[t.language];
    const n = s.cut.length;
    io.err(`  ${title}: left out ${n} ${n === 1 ? 'sentence' : 'sentences'} (${s.cutWords} words), from "${s.cut[0]}"`);
  }
}
