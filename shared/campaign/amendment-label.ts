/**
 * Whether an amendment's label already names itself an amendment ("Amendment 2", "Amend. 3",
 * "Enmienda 4", any case), in either language, since the legislature's own name can be in either. Such a
 * label is shown as typed; any other ("HA 1") gets the word put before it, so no one reads
 * "Amendment Amendment 2".
 */
const NAMED = /^\s*(?:amend(?:ments?)?\.?|enmiendas?)(?!\p{L})/iu;

export function namesItselfAmendment(label: string): boolean {
  return NAMED.test(label);
}
