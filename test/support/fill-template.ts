import type { Template } from '../../shared/templates';
import { newTestimonyData, type TestimonyData } from '../../shared/testimony';

/** A testimony with every field and section of the template filled, as a person would. */
export function filledTestimony(template: Template, language: 'en' | 'es' = 'en'): TestimonyData {
  const t = newTestimonyData(template, {
    title: `${template.name[language]} draft`,
    language,
    now: '2026-12-01T10:00:00Z',
  });
  const values: Record<string, string> = {
    committee: 'Judiciary Committee',
    chamber: 'Senate',
    chair: 'Ruiz',
    viceChair: 'Lee',
    recipient: 'Senator Ruiz',
    inquiry: 'Modern slavery inquiry',
    billNumber: 'SB 123',
    billTitle: 'Survivor Protection Act',
    sponsor: 'Senator Okafor',
    position: 'support',
    hearingDate: '2027-03-01',
    district: 'Tacoma',
    organization: 'Harbor Light',
    contact: 'maria@example.org',
  };
  for (const field of template.fields) t.metadata[field.id] = values[field.id]!;
  for (const section of template.sections) {
    t.sections[section.id] = {
      text:
        section.format === 'bullets'
          ? `First point of ${section.id}\nSecond point of ${section.id}`
          : `Text of ${section.id}.\n\nMore about ${section.id}.`,
      excerpts: [],
    };
  }
  return t;
}
