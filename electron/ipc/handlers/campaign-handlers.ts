import { dueItems } from '../../../shared/campaign/follow-up-due';
import { ICS_LABELS, icsCalendar, icsEntries } from '../../../shared/campaign/ics';
import { today } from '../../../shared/core/dates';
import { campaignTextGate, refuseExcerpts } from '../../campaigns/index';
import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';
import { saveAs } from '../save-as';

type CampaignChannels = Extract<keyof HandlerTable, `campaign:${string}`>;

export function campaignHandlers(services: MainServices): Pick<HandlerTable, CampaignChannels> {
  const campaigns = () => services.open().campaigns;
  const reports = () => services.open().campaignReports;
  return {
    'campaign:list': (req) => campaigns().list({ includeTrashed: req?.includeTrashed ?? false }),
    'campaign:get': ({ id }) => campaigns().get(id),
    'campaign:create': (request) => campaigns().create(request),
    'campaign:save': ({ id, edit }) => campaigns().save(id, edit),
    'campaign:trash': ({ id }) => campaigns().setTrashed(id, true),
    'campaign:restore': ({ id }) => campaigns().setTrashed(id, false),
    'campaign:delete': ({ id }) => campaigns().destroy(id),
    // The person's own calendar day: this computer's zone, the one `today` rule.
    'campaign:due': async () => dueItems(await campaigns().all(), services.clock),
    // A calendar file leaves Harbor: its text passes the same gate as a campaign report's.
    'campaign:export-ics': async ({ id, includeDone }) => {
      const chosen = id ? [await campaigns().get(id)] : await campaigns().all();
      const language = chosen[0]?.language ?? 'en';
      const gate = await campaignTextGate(services.session.require(), language);
      const entries = icsEntries(chosen, { includeDone, labels: ICS_LABELS[language] });
      const text = icsCalendar(entries, { stamp: services.clock(), line: gate.line });
      const name = `harbor-dates-${today(services.clock)}.ics`;
      const saved = await saveAs(services.chooseSavePath, name, 'calendar', Buffer.from(text, 'utf8'));
      return saved ? { status: 'saved', value: { fileName: saved.fileName } } : { status: 'cancelled' };
    },
    'campaign:report-preview': async (options) => {
      const { refusals, quotes, document, suggestedFileName } = await reports().prepare(options);
      return { refusals, quotes, document, suggestedFileName };
    },
    'campaign:excerpt-candidate': (request) => reports().candidate(request),
    'campaign:report': async ({ fileName, ...options }) => {
      // Refused before the dialog opens: nothing is asked for a file that cannot be made.
      refuseExcerpts((await reports().prepare(options)).refusals);
      const bytes = await reports().render(options);
      const name = await reports().fileName(fileName, options);
      const saved = await saveAs(services.chooseSavePath, name, options.format, bytes);
      return saved ? { status: 'saved', value: { fileName: saved.fileName } } : { status: 'cancelled' };
    },
  };
}
