import { z } from 'zod';
import { channel } from './channel';

/** The limits the person can choose for erase-after-N (off is the default). */
export const ERASE_AFTER_CHOICES = [5, 10, 20] as const;
export type EraseAfterChoice = (typeof ERASE_AFTER_CHOICES)[number];

/**
 * What the wrong attempts that reached the erase limit were, so the screen shown afterwards says
 * it truthfully: wrong passphrases, wrong recovery keys, or some of each.
 */
export const ERASE_CAUSES = ['passphrases', 'recovery-keys', 'both'] as const;
export type EraseCause = (typeof ERASE_CAUSES)[number];

const none = z.union([z.undefined(), z.object({}).strict()]);

/** Wrong passphrase attempts for this vault (never secret: it is shown on the unlock screen). */
export interface AttemptStatus {
  failures: number;
  /** How long before the next attempt is tried; 0 when it can be tried now. */
  retryInMs: number;
  /** Erase the vault after this many wrong attempts; null (the default) never erases. */
  eraseAfter: number | null;
}

export interface SafetyStatus {
  /** Quick exit left the neutral screen to show (until the person leaves it). */
  neutralScreen: boolean;
  attempts: AttemptStatus;
}

export const safetyChannels = {
  /**
   * Quick exit: clears Harbor's text from the clipboard, locks (keys wiped, window reloaded) and
   * then shows the neutral screen, minimizes or closes, as chosen in settings. Works while locked too.
   */
  'safety:quick-exit': channel<void>()(none),
  'safety:status': channel<SafetyStatus>()(none),
  /** The person left the neutral screen. */
  'safety:leave-neutral': channel<void>()(none),
  /** Text was copied or cut in Harbor: its SHA-256 (hex), never the text, so lock can clear it. */
  'safety:copied': channel<void>()(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  /** Turning erase on needs the passphrase (a confirmation); turning it off does not. */
  'safety:set-erase-after': channel<AttemptStatus>()(
    z.union([
      z.object({ limit: z.literal(ERASE_AFTER_CHOICES), passphrase: z.string().min(1).max(1024) }).strict(),
      z.object({ limit: z.null() }).strict(),
    ]),
  ),
} as const;
