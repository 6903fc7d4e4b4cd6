import { dueItems } from '../../../shared/campaign/follow-up-due';
import { campaignCalendarFile, refuseExcerpts } from '../../campaigns/index';
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
    // A calendar file leaves Harbor: its text and its suggested name pass the same gate as a report's.
    'campaign:export-ics': async ({ id, includeDone }) => {
      const chosen = id ? [await campaigns().get(id)] : await campaigns().all();
      const file = await campaignCalendarFile(services.session.require(), chosen, {
        includeDone,
        clock: services.clock,
      });
      const saved = await saveAs(services.chooseSavePath, file.name, 'calendar', file.bytes);
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
