import { DEFAULT_GRANT_DAYS } from '../../../shared/consent/grant';
import { summarizeGrant } from '../../../shared/consent/summary';
import { createGrantStore, defaultExpiry } from '../../consent/grant-store';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { parseAudienceKind, parseDate, parseFormats, parseIdentity, parseRedact } from '../consent-flags';
import { exportSourceFlag } from '../export-source-flags';
import { sourceCoverIds } from '../source-cover-ids';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} is needed.`);
  return value;
}

function coverSentence(quoted: number): string {
  if (quoted === 0) return 'It covers the testimony, which quotes no story yet.';
  return `It covers the testimony and the ${quoted === 1 ? 'story' : `${quoted} stories`} it quotes.`;
}

export const consentAdd: CliCommand = {
  name: 'consent add',
  summary: 'Give consent to share a story or a testimony: with whom, for what, as whom, until when',
  synopsis:
    '<dir> --story <id>|--testimony <id> --audience-kind <kind> --audience <name> --purpose <text> --identity <full|first|initials|anonymous|pseudonym:VALUE> --redact <all|none|category,…> --formats docx,pdf --expires <YYYY-MM-DD> [--public-record-ack] [--cover-note] [--note <text>] --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    "--testimony <id>   A testimony (see 'harbor testimony list'): the consent covers it and every story it",
    '                   quotes now. A story quoted later needs a new consent.',
    '--audience-kind    legislative-committee, legislator-office, advocacy-organization, media, public or other.',
    '--identity         How you appear in the byline, the signature and every mention of your name',
    "                   (your name comes from 'harbor profile set'). pseudonym:Luz appears as Luz.",
    '--redact           Which kinds of marked details are replaced by a fixed placeholder: all, none, or some of',
    '                   person, place, date, organization, contact, other.',
    '--formats          docx, pdf, or docx,pdf.',
    `--expires          The last day the consent holds. Default: ${DEFAULT_GRANT_DAYS} days from today; at most three years.`,
    '--public-record-ack  Needed for lawmakers: testimony usually becomes public record and is often',
    '                   searchable online.',
    "--cover-note       Print the consent's terms and how to withdraw it as the document's first paragraph.",
    'Prints the new consent id on standard output and the consent as one sentence on standard error.',
  ],
  positionals: ['dir'],
  flags: {
    story: 'string',
    testimony: 'string',
    'audience-kind': 'string',
    audience: 'string',
    purpose: 'string',
    identity: 'string',
    redact: 'string',
    formats: 'string',
    expires: 'string',
    'public-record-ack': 'boolean',
    'cover-note': 'boolean',
    note: 'string',
  },
  secrets: [{ label: 'passphrase' }],
  identifying: ['audience', 'purpose', 'identity', 'note'],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const a = ctx.args;
    const source = exportSourceFlag(a);
    const expires = stringFlag(a, 'expires');
    // Everything is checked before the vault is unlocked, so a typo fails at once.
    const terms = {
      audience: {
        kind: parseAudienceKind(required(stringFlag(a, 'audience-kind'), 'audience-kind')),
        name: required(stringFlag(a, 'audience'), 'audience'),
      },
      purpose: required(stringFlag(a, 'purpose'), 'purpose'),
      identity: parseIdentity(required(stringFlag(a, 'identity'), 'identity')),
      redact: { categories: parseRedact(stringFlag(a, 'redact') ?? 'all'), keep: [] },
      formats: parseFormats(required(stringFlag(a, 'formats'), 'formats')),
      expiresOn: expires === undefined ? defaultExpiry() : parseDate(expires, '--expires'),
      note: stringFlag(a, 'note') ?? '',
      publicRecordAcknowledged: flagSet(a, 'public-record-ack'),
      coverNote: flagSet(a, 'cover-note'),
    };
    const grant = await withVault(dir, secretAt(ctx, 0), async (vault) =>
      createGrantStore(vault).create(await sourceCoverIds(vault, source), terms),
    );
    ctx.io.out(grant.id);
    ctx.io.err(summarizeGrant(grant, 'en'));
    if (source.kind === 'testimony') ctx.io.err(coverSentence(grant.sourceIds.length - 1));
  },
};
