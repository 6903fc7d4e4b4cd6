/**
 * Events the main process pushes to the renderer. Names are `area:event`; payloads carry no story
 * text (they may be logged by developer tools).
 */
export interface EventPayloads {
  /** The main process wants to lock (idle, suspend, screen lock, window closing): save pending text, then call vault:lock. */
  'vault:lock-requested': { reason: LockReason };
  'vault:locked': { reason: LockReason };
}

export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'focus-lost' | 'quick-exit' | 'break' | 'close';
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = ['vault:lock-requested', 'vault:locked'];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as string[]).includes(name);
}
