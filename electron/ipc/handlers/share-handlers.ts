import { today } from '../../../shared/core/dates';
import path from 'node:path';
import { HarborError } from '../../../shared/errors';
import { writeFileAtomic } from '../../vault/atomic-write';
import type { HandlerTable } from '../handler-table';
import type { MainContext } from '../main-context';
import type { MainServices } from '../main-services';

type ShareChannels = Extract<keyof HandlerTable, `share:${string}`>;

/** File names carry the person's own calendar day. */

function bytesOf(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new HarborError('invalid_input', 'share.emptyFile');
  return bytes;
}

/**
 * Asks where to save, then writes atomically. The path comes from the OS dialog, never from the
 * renderer; only the file's name goes back (its folder may say something about the person).
 */
async function saveAs(ctx: MainContext, suggestedName: string, bytes: Uint8Array): Promise<string | null> {
  if (!ctx.chooseSavePath) throw new HarborError('unsupported', 'export.cannotSaveHere');
  const chosen = await ctx.chooseSavePath(suggestedName, 'harbor-share');
  if (!chosen) return null;
  const file = path.resolve(chosen);
  try {
    await writeFileAtomic(file, bytes, { durable: true });
  } catch {
    throw new HarborError('io', 'share.saveFailed');
  }
  return path.basename(file);
}

export function shareHandlers(ctx: MainContext, services: MainServices): Pick<HandlerTable, ShareChannels> {
  return {
    'share:create': async ({ storyId, grantId, title, language }) => {
      const prepared = await services.sentPackages().prepare({ storyId, grantId, title, language });
      const fileName = await saveAs(ctx, prepared.suggestedFileName, prepared.bytes);
      if (!fileName) return { status: 'cancelled' };
      await prepared.commit(fileName);
      return { status: 'saved', value: { packageId: prepared.packageId, shareCode: prepared.shareCode, fileName } };
    },
    'share:sent': (req) => services.sentPackages().list(req?.storyId),
    'share:revoke': async ({ packageId, reason }) => {
      const { bytes, view } = await services.sentPackages().revoke(packageId, reason);
      const fileName = await saveAs(ctx, `withdrawal-${today()}.harbor-share`, bytes);
      // Withdrawn either way: the file can be written again later with the same date.
      return fileName ? { status: 'saved', value: { fileName, sent: view } } : { status: 'cancelled' };
    },
    'share:import-receipt': ({ base64 }) => services.sentPackages().importReceipt(bytesOf(base64)),
    'share:import': ({ base64, shareCode }) => services.sharedStories().importPackage(bytesOf(base64), shareCode),
    'share:list': () => services.sharedStories().list(),
    'share:get': ({ id }) => services.sharedStories().get(id),
    'share:import-revocation': ({ base64 }) => services.sharedStories().importRevocation(bytesOf(base64)),
    'share:receipt': async ({ id }) => {
      const { bytes } = await services.sharedStories().writeReceipt(id);
      const fileName = await saveAs(ctx, `receipt-${today()}.harbor-share`, bytes);
      return fileName ? { status: 'saved', value: { fileName } } : { status: 'cancelled' };
    },
  };
}
