/** The kinds of identifying detail a writer can mark; export redacts by these, the panel groups by them. */
export const SENSITIVE_CATEGORIES = ['person', 'place', 'date', 'organization', 'contact', 'other'] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export const isSensitiveCategory = (v: unknown): v is SensitiveCategory =>
  typeof v === 'string' && (SENSITIVE_CATEGORIES as readonly string[]).includes(v);
