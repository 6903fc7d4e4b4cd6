import { dueItems } from '../../../shared/campaign/follow-up-due';
import { isRealDay } from '../../../shared/core/dates';
import { createCampaignService } from '../../campaigns/index';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

const KIND_WORDS = {
  'follow-up': 'follow-up',
  'written-testimony': 'written testimony due',
  'sign-up-to-speak': 'sign up to speak',
};

export const campaignDue: CliCommand = {
  name: 'campaign due',
  summary: 'Print the follow-ups and hearing deadlines overdue or due this week',
  synopsis: '<dir> --passphrase-stdin [--json] [--today <yyyy-mm-dd>]',
  details: [
    'Standard input: the passphrase.',
    "Every campaign's open follow-ups and coming hearing deadlines (written testimony, sign-up",
    'to speak) that are overdue or due from today to six days from now, overdue first, one per',
    'line: due day, overdue or this-week, days from today, kind, campaign title, text',
    '(tab-separated). Today is your calendar day in this computer’s time zone.',
    '--today <day>  Judge as if today were this day (for scripts that plan ahead).',
    '--json         Print a JSON array of {campaignId, campaignTitle, engagementId, followUpId,',
    '               kind, text, due, state, days}.',
    'Nothing due prints nothing on standard output (exit 0).',
  ],
  positionals: ['dir'],
  flags: { json: 'boolean', today: 'string' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const day = stringFlag(ctx.args, 'today');
    if (day !== undefined && !isRealDay(day)) throw new UsageError('--today must be a day written as yyyy-mm-dd.');
    // A given day is noon UTC of that day, so it is the same day in every zone the test or script runs in.
    const clock = day ? () => new Date(`${day}T12:00:00Z`) : () => new Date();
    const items = await withVault(dir, secretAt(ctx, 0), async (vault) =>
      dueItems(await createCampaignService(vault).all(), clock, day ? 'UTC' : undefined),
    );
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify(items, null, 2));
      return;
    }
    if (items.length === 0) ctx.io.err('Nothing is overdue or due this week.');
    for (const i of items)
      ctx.io.out(`${i.due}\t${i.state}\t${i.days}\t${KIND_WORDS[i.kind]}\t${i.campaignTitle}\t${i.text}`);
  },
};
