import type { ExportFormat } from '../../../shared/core/export-formats';
import { today } from '../../../shared/core/dates';
import { HarborError } from '../../../shared/errors';
import { suggestExportFileName } from '../../../shared/export/export-file-name';
import { createGrantStore } from '../../consent/grant-store';
import { createProfileStore } from '../../consent/profile-store';
import { createSharingHistory } from '../../consent/sharing-history';
import { withdrawalLetterDocx } from '../../consent/withdrawal-letter-file';
import { createExportPipeline } from '../../export-pipeline/export-pipeline';
import { writeExportFile } from '../../export-pipeline/write-export-file';
import type { HandlerTable } from '../handler-table';
import type { MainContext } from '../main-context';
import type { MainServices } from '../main-services';

type ConsentChannels = Extract<keyof HandlerTable, `${'profile' | 'consent' | 'export' | 'history'}:${string}`>;

export interface ConsentHandlerOptions {
  /** Tests move time to check expiry; the app uses the real clock. */
  clock?: () => Date;
}

/** Consent grants, the consent-gated export and the sharing history, over the open vault. */
export function consentHandlers(
  ctx: MainContext,
  services: MainServices,
  options: ConsentHandlerOptions = {},
): Pick<HandlerTable, ConsentChannels> {
  const clock = options.clock ?? (() => new Date());
  const vault = () => services.session.require();
  const grants = () => createGrantStore(vault(), clock);
  const cannotSave = () => new HarborError('unsupported', 'export.cannotSaveHere');
  const printer = {
    print: (html: string, opts: Parameters<NonNullable<MainContext['pdfPrinter']>['print']>[1]) => {
      if (!ctx.pdfPrinter) throw new HarborError('unsupported', 'export.cannotMakePdf');
      return ctx.pdfPrinter.print(html, opts);
    },
  };
  const pipeline = () => createExportPipeline({ vault: vault(), printer, clock });
  const choose = async (name: string, format: ExportFormat) => {
    if (!ctx.chooseSavePath) throw cannotSave();
    return ctx.chooseSavePath(name, format);
  };

  return {
    'profile:get': () => createProfileStore(vault()).get(),
    'profile:set': ({ fullName }) => createProfileStore(vault()).set({ fullName }),
    'consent:list': (req) => grants().list(req?.sourceId),
    'consent:create': ({ sourceIds, terms }) => grants().create(sourceIds, terms),
    'consent:update': ({ id, terms }) => grants().update(id, terms),
    'consent:revoke': ({ id, reason }) => grants().revoke(id, reason),
    'export:preview': (req) => pipeline().preview(req),
    'export:run': ({ fileName, ...req }) => pipeline().run({ ...req, fileName }, choose),
    'history:list': () => createSharingHistory(vault()).list(),
    'history:withdrawal-letter': async ({ grantId, language }) => {
      const open = vault();
      const bytes = await withdrawalLetterDocx(open, grantId, language, clock);
      const name = suggestExportFileName('letter', 'docx', today(clock));
      const target = await choose(name, 'docx');
      if (target === null) return { status: 'cancelled' };
      const { fileName } = await writeExportFile(target, bytes);
      return { status: 'saved', value: { fileName } };
    },
  };
}
