import { DEFAULT_SPEAKING_WPM } from '../story/reading-time';
import type { Template } from '../templates/template-schema';
import type { TestimonyData } from './testimony-data';
import type { Lang } from '../core/languages';

export interface NewTestimonyOptions {
  title?: string;
  language: Lang;
  fromStoryId?: string | null;
  now: string;
}

/** An empty testimony from a template: every section present and blank, a copy of the template kept. */
export function newTestimonyData(template: Template, opts: NewTestimonyOptions): TestimonyData {
  return {
    title: opts.title ?? '',
    language: opts.language,
    metadata: {},
    sections: Object.fromEntries(template.sections.map((s) => [s.id, { text: '', excerpts: [] }])),
    speakingRate: DEFAULT_SPEAKING_WPM,
    targetMinutes: template.limits.minutes ?? null,
    template,
    fromStoryId: opts.fromStoryId ?? null,
    createdAt: opts.now,
    updatedAt: opts.now,
    trashedAt: null,
  };
}
