import { today } from '../../../shared/core/dates';
import type { Lang } from '../../../shared/core/lang-codes';
import { suggestExportFileName } from '../../../shared/export/export-file-name';
import { HarborError } from '../../../shared/errors';
import type { HandlerTable } from '../handler-table';
import type { SaveKind } from '../main-context';
import type { MainServices } from '../main-services';
import { saveAs } from '../save-as';

type ShareChannels = Extract<keyof HandlerTable, `share:${string}`>;

/** File names carry the person's own calendar day. */

function bytesOf(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new HarborError('invalid_input', 'share.emptyFile');
  return bytes;
}

/**
 * `language`: the person's own (a receipt or a withdrawal has no document language of its own), so
 * its suggested name is in the words they read, like every other file's.
 */
export function shareHandlers(services: MainServices, language: () => Lang): Pick<HandlerTable, ShareChannels> {
  const choose = services.chooseSavePath;
  // Packages, receipts and withdrawals each have their own ending, so a person can tell them apart.
  const save = async (name: string, bytes: Uint8Array, kind: SaveKind = 'harbor-share') =>
    (await saveAs(choose, name, kind, bytes))?.fileName ?? null;
  return {
    'share:create': async ({ storyId, grantId, title, language }) => {
      const prepared = await services.open().sentPackages.prepare({ storyId, grantId, title, language });
      const fileName = await save(prepared.suggestedFileName, prepared.bytes);
      if (!fileName) return { status: 'cancelled' };
      await prepared.commit(fileName);
      return { status: 'saved', value: { packageId: prepared.packageId, shareCode: prepared.shareCode, fileName } };
    },
    'share:sent': (req) => services.open().sentPackages.list(req?.storyId),
    'share:revoke': async ({ packageId, reason }) => {
      const { bytes, view } = await services.open().sentPackages.revoke(packageId, reason);
      const name = suggestExportFileName('withdrawal', 'harbor-withdrawal', today(), language());
      const fileName = await save(name, bytes, 'harbor-withdrawal');
      // Withdrawn either way: the file can be written again later with the same date.
      return fileName ? { status: 'saved', value: { fileName, sent: view } } : { status: 'cancelled' };
    },
    'share:import-receipt': ({ base64 }) => services.open().sentPackages.importReceipt(bytesOf(base64)),
    'share:import': ({ base64, shareCode }) => services.open().sharedStories.importPackage(bytesOf(base64), shareCode),
    'share:list': () => services.open().sharedStories.list(),
    'share:get': ({ id }) => services.open().sharedStories.get(id),
    'share:import-revocation': ({ base64 }) => services.open().sharedStories.importRevocation(bytesOf(base64)),
    'share:receipt': async ({ id }) => {
      const { bytes } = await services.open().sharedStories.writeReceipt(id);
      const name = suggestExportFileName('receipt', 'harbor-receipt', today(), language());
      const fileName = await save(name, bytes, 'harbor-receipt');
      return fileName ? { status: 'saved', value: { fileName } } : { status: 'cancelled' };
    },
  };
}
