import type { Partner } from './campaign-data';

/**
 * The organizations that signed, in the order the campaign chose: numbered places first (1, 2…),
 * then those without a place, by name in the letter's language. The sign-on letter and the
 * report list them so.
 */
export function signedInOrder(partners: readonly Partner[], locale = 'en'): Partner[] {
  const signed = partners.filter((p) => p.signOn === 'signed');
  const placed = signed.filter((p) => p.signOrder !== null).sort((a, b) => a.signOrder! - b.signOrder!);
  const rest = signed
    .filter((p) => p.signOrder === null)
    .sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' }));
  return [...placed, ...rest];
}
