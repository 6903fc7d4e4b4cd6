/**
 * Writing prompts: gentle ideas to write from, each one skippable. None asks for graphic detail;
 * they ask about understanding, help, change and the whole person. Text lives in the locale files.
 */
export const PROMPT_KEYS = [
  'lawmakers',
  'helped',
  'beyond',
  'change',
  'strength',
  'firstNotice',
  'support',
  'future',
] as const;

export type PromptKey = (typeof PROMPT_KEYS)[number];
