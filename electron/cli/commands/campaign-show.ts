import { askResults, currentStep, followUpTally, signOnLetterFile, type Campaign } from '../../../shared/campaign';
import type { Amendment, SignOnState } from '../../../shared/campaign/campaign-data';
import { namesItselfAmendment } from '../../../shared/campaign/amendment-label';
import { CHAMBER_NAMES } from '../../../shared/campaign/chamber-names';
import { REPORT_LABELS } from '../../../shared/campaign/report-labels';
import { STEP_NAMES } from '../../../shared/campaign/step-names';
import { today } from '../../../shared/core/dates';
import { createCampaignService } from '../../campaigns/index';
import { flagSet, secretAt, type CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

/*
 * The command line speaks English (as its messages do): steps, jurisdictions, sectors and standings
 * are named with the words the app and the report use, never the file's spellings ("committee-vote").
 */
const STEPS = STEP_NAMES.en;
const CHAMBERS = CHAMBER_NAMES.en;
const WORDS = REPORT_LABELS.en;
const SIGN_ON: Record<SignOnState, string> = {
  'not-asked': 'not asked yet',
  asked: 'asked',
  signed: 'signed',
  declined: 'declined',
};

/**
 * An amendment's line under its step, worded as the app's bill history words it ("Amendment HA 1:
 * adopted — what it does"; a label that already says "Amendment 2" is not given the word twice).
 */
function amendmentLine(a: Amendment): string {
  const name = namesItselfAmendment(a.label) ? a.label : `Amendment ${a.label}`;
  const decided = a.adopted === null ? 'not decided yet' : a.adopted ? 'adopted' : 'rejected';
  // A summary may run over several lines in the app; here it stays on its amendment's line.
  const summary = a.summary.replace(/\s+/g, ' ').trim();
  return `      ${name}: ${decided}${summary ? ` — ${summary}` : ''}`;
}

/** The campaign as its owner reads it: everything, nothing withheld (this never leaves the terminal). */
function lines(c: Campaign, day: string): string[] {
  const out = [c.title || '(untitled)', '='.repeat(Math.max(8, Math.min(60, c.title.length)))];
  out.push(`Ask: ${c.policyAsk}`);
  out.push(
    `Jurisdiction: ${WORDS.jurisdictions[c.jurisdiction]}${c.jurisdictionName ? ` (${c.jurisdictionName})` : ''}`,
  );
  if (c.chambers.length) out.push(`Chambers: ${c.chambers.map((ch) => CHAMBERS[ch]).join(', ')}`);
  const asks = askResults(c);
  if (c.asks.length) {
    out.push('', 'Message box');
    c.asks.forEach((a, i) => out.push(`  ${i + 1}. ${a.text} — ${a.reason}  [${WORDS.standing[asks[i]!.standing]}]`));
  }
  if (c.bills.length) {
    out.push('', 'Bills');
    for (const b of c.bills) {
      const now = currentStep(b.steps);
      out.push(`  ${b.number}  ${b.title}${b.sponsor ? ` (sponsor: ${b.sponsor})` : ''}`);
      for (const s of b.steps) {
        const chamber = s.chamber ? ` (${CHAMBERS[s.chamber]})` : '';
        out.push(`    ${s.date}  ${STEPS[s.kind]}${chamber}${s.note ? ` — ${s.note}` : ''}`);
        for (const a of s.amendments) out.push(amendmentLine(a));
      }
      if (!now) out.push('    (no steps yet)');
    }
  }
  if (c.partners.length) {
    out.push('', 'Coalition');
    for (const p of c.partners)
      out.push(
        `  ${p.name}  ${WORDS.sectors[p.sector]}  ${SIGN_ON[p.signOn]}${p.signOrder !== null ? ` #${p.signOrder}` : ''}`,
      );
  }
  const t = followUpTally(c, day);
  out.push(
    '',
    `Engagements: ${c.engagements.length}`,
    `Follow-ups: ${t.onTime} on time, ${t.late} late, ${t.open} open, ${t.overdue} overdue`,
    `Outcomes: ${c.outcomes.length}`,
  );
  return out;
}

export const campaignShow: CliCommand = {
  name: 'campaign show',
  summary: 'Print one campaign: its ask, message box, bills, coalition and counts',
  synopsis: '<dir> <id> --passphrase-stdin [--json | --sign-on]',
  details: [
    'Standard input: the passphrase.',
    'This is your campaign as written, for you: nothing withheld. What may leave Harbor is what',
    "'harbor campaign report' writes.",
    "--json  Print the whole campaign in the form 'harbor campaign new --from' reads",
    '        (docs/campaign-json.md).',
    "--sign-on  Print the coalition sign-on letter's content (the ask, the reasons, the signed",
    "           organizations in order) in the form 'harbor testimony new --template coalition-sign-on",
    "           --from' reads; the letter then exports through a consent like any letter.",
    'Exit 4 if there is no campaign with that id; exit 3 if it is damaged.',
  ],
  positionals: ['dir', 'id'],
  flags: { json: 'boolean', 'sign-on': 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, id } = ctx.args.positionals as { dir: string; id: string };
    const c = await withVault(dir, secretAt(ctx, 0), (vault) => createCampaignService(vault).get(id));
    if (flagSet(ctx.args, 'json') && flagSet(ctx.args, 'sign-on'))
      throw new UsageError('Give --json or --sign-on, not both.');
    if (flagSet(ctx.args, 'sign-on')) {
      ctx.io.out(JSON.stringify(signOnLetterFile(c, c.language), null, 2));
      return;
    }
    if (flagSet(ctx.args, 'json')) {
      const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, trashedAt: _t, ...file } = c;
      ctx.io.out(JSON.stringify(file, null, 2));
      return;
    }
    for (const l of lines(c, today())) ctx.io.out(l);
  },
};
