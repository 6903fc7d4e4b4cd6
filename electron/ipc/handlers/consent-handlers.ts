import { today } from '../../../shared/core/dates';
import { suggestExportFileName } from '../../../shared/export/export-file-name';
import { withdrawalLetterDocx } from '../../consent/withdrawal-letter-file';
import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';
import { saveAs } from '../save-as';
import { optional } from '../../../shared/core/optional';

type ConsentChannels = Extract<keyof HandlerTable, `${'profile' | 'consent' | 'export' | 'history'}:${string}`>;

/** Consent grants, the consent-gated export and the sharing history, over the open vault. */
export function consentHandlers(services: MainServices): Pick<HandlerTable, ConsentChannels> {
  const open = () => services.open();
  const choose = services.chooseSavePath;

  return {
    'profile:get': () => open().profile.get(),
    'profile:set': ({ fullName }) => open().profile.set({ fullName }),
    'consent:list': (req) => open().grants.list(req?.sourceId),
    'consent:create': ({ sourceIds, terms }) => open().grants.create(sourceIds, terms),
    'consent:update': ({ id, terms }) => open().grants.update(id, terms),
    'consent:revoke': ({ id, reason }) => open().grants.revoke(id, reason),
    'export:preview': (req) => open().exports.preview(req),
    // No way to accept undecided details from the app: the pipeline re-runs the check and refuses.
    'export:run': ({ fileName, checkLanguage, overBudget, ...req }) =>
      open().exports.run(
        { ...req, fileName, ...optional('checkLanguage', checkLanguage), ...optional('overBudget', overBudget) },
        choose,
      ),
    'history:list': () => open().history.list(),
    'history:withdrawal-letter': async ({ grantId, language }) => {
      const bytes = await withdrawalLetterDocx(services.session.require(), grantId, language, services.clock);
      const name = suggestExportFileName('letter', 'docx', today(services.clock), language);
      const saved = await saveAs(choose, name, 'docx', bytes);
      return saved ? { status: 'saved', value: { fileName: saved.fileName } } : { status: 'cancelled' };
    },
  };
}
