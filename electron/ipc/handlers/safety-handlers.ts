import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';

type SafetyChannels =
  'safety:quick-exit' | 'safety:status' | 'safety:leave-neutral' | 'safety:copied' | 'safety:set-erase-after';

export function safetyHandlers({ safety, session }: MainServices): Pick<HandlerTable, SafetyChannels> {
  return {
    'safety:quick-exit': () => safety.quickExit(),
    'safety:status': () => safety.status(),
    'safety:leave-neutral': () => safety.leaveNeutral(),
    'safety:copied': ({ sha256 }) => safety.clipboard.remember(sha256),
    'safety:set-erase-after': async (request) => {
      // Only from inside the open vault; turning it on asks for the passphrase as its confirmation.
      session.require();
      if (request.limit !== null) await session.confirmPassphrase(request.passphrase);
      return safety.guard.setEraseAfter(request.limit);
    },
  };
}
