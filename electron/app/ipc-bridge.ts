import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/channel-names';
import { HarborError } from '../../shared/errors';
import { failWith } from '../../shared/ipc/result';
import type { Dispatch } from '../ipc/dispatch';
import { isTrustedSender } from './security-policy';

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame !== undefined && frame === event.sender.mainFrame,
    webContentsId: event.sender.id,
  };
}

/** One ipcMain handler per contract channel; a message from any frame but the app's own is refused. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, appWebContentsId: () => number | null): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, payload: unknown) => {
      if (!isTrustedSender(senderOf(event), appWebContentsId())) {
        return failWith(new HarborError('forbidden', 'request.forbidden'));
      }
      return dispatch(name, payload);
    });
  }
}
