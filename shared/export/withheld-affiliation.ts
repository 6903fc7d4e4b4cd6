import { PLACEHOLDERS, type DocumentLanguage } from '../consent/placeholders';

/**
 * An anonymous witness's withheld affiliation is left out, not announced: "Statement of a survivor
 * witness" rather than "…, [organization withheld]", and no signature line saying only that. The
 * placeholder would tell a clerk nothing except that something was taken away; the consent still
 * withholds the organization everywhere else (the release gate has already run).
 */
export function dropWithheldAffiliation(lines: readonly string[], language: DocumentLanguage): string[] {
  const placeholder = PLACEHOLDERS[language].organization;
  return lines.map((line) => line.split(`, ${placeholder}`).join('')).filter((line) => line.trim() !== placeholder);
}
