/** A new id for an entry inside a campaign (an ask, a bill, a partner…): random, so two devices never clash. */
export function newEntryId(): string {
  return crypto.randomUUID();
}
