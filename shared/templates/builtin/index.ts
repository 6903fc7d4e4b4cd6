import { templateSchema, type Template } from '../template-schema';
import { policyBriefing } from './briefing';
import { coalitionSignOn } from './coalition-sign-on';
import { letterToLegislator } from './letter';
import { oralScript } from './oral-script';
import { usCongressWritten } from './us-congress-written';
import { usStateWritten } from './us-state-written';
import { ukWrittenEvidence } from './uk-written-evidence';

/** Parsed through the same schema as an imported file, so a built-in can never be malformed. */
export const BUILT_IN_TEMPLATES: readonly Template[] = Object.freeze(
  [
    usStateWritten,
    oralScript,
    usCongressWritten,
    ukWrittenEvidence,
    letterToLegislator,
    policyBriefing,
    coalitionSignOn,
  ].map((t) => templateSchema.parse(t)),
);

export const isBuiltInTemplateId = (id: string) => BUILT_IN_TEMPLATES.some((t) => t.id === id);

export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
