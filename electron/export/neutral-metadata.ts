/**
 * The only metadata values Harbor writes into a file. Neutral on purpose: no user name, machine,
 * application version or time that could say who wrote the story or when.
 */
export const NEUTRAL_AUTHOR = 'Harbor';
export const NEUTRAL_PRODUCER = 'Harbor';
/** Every date a format insists on holding. */
export const FIXED_DATE_ISO = '2000-01-01T00:00:00Z';
