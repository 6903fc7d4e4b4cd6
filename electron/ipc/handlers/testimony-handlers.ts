import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';
import { saveAs } from '../save-as';

type TestimonyChannels = Extract<keyof HandlerTable, `testimony:${string}` | `template:${string}`>;

export function testimonyHandlers(services: MainServices): Pick<HandlerTable, TestimonyChannels> {
  const templates = () => services.open().templates;
  const testimonies = () => services.open().testimonies;
  return {
    'testimony:list': (req) => testimonies().list({ includeTrashed: req?.includeTrashed ?? false }),
    'testimony:get': ({ id }) => testimonies().get(id),
    // The request is parsed strictly, so it holds only what create takes; an absent title is "".
    'testimony:create': (request) => testimonies().create(request),
    'testimony:save': ({ id, edit }) => testimonies().save(id, edit),
    'testimony:clear-candidates': async ({ id, texts }) => ({ cleared: await testimonies().clear(id, texts) }),
    'testimony:trash': ({ id }) => testimonies().setTrashed(id, true),
    'testimony:restore': ({ id }) => testimonies().setTrashed(id, false),
    'testimony:delete': ({ id }) => testimonies().destroy(id),
    'template:list': () => templates().list(),
    'template:save': ({ template }) => templates().save(template),
    'template:duplicate': ({ id, language }) => templates().duplicate(id, language),
    'template:delete': ({ id }) => templates().remove(id),
    'template:import': ({ text }) => templates().importText(text),
    // The path comes from the system's dialog, never from the renderer; only the name goes back.
    'template:export': async ({ id }) => {
      const { fileName, text } = await templates().exportText(id);
      const saved = await saveAs(services.chooseSavePath, fileName, 'harbor-template', Buffer.from(text, 'utf8'));
      if (!saved) return { status: 'cancelled' };
      return { status: 'saved', value: { fileName: saved.fileName } };
    },
  };
}
