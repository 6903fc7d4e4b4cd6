import { dueItems } from '../../../shared/campaign/follow-up-due';
import { HarborError } from '../../../shared/errors';
import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';

type CampaignChannels = Extract<keyof HandlerTable, `campaign:${string}`>;

export function campaignHandlers(services: MainServices): Pick<HandlerTable, CampaignChannels> {
  const campaigns = () => services.open().campaigns;
  const later = () => {
    throw new HarborError('unsupported', 'campaign.notYetAvailable');
  };
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
    'campaign:export-ics': later,
    'campaign:report-preview': later,
    'campaign:report': later,
  };
}
