/**
 * The only metadata values Harbor writes into a file. Neutral on purpose: no user name, machine,
 * application name or version, or time that could say who wrote the story, with what, or when.
 * Empty, not "Harbor": a file whose properties name a survivor tool tells a reader who wrote it,
 * whatever the app's disguise is set to.
 */
export const NEUTRAL_AUTHOR = '';
export const NEUTRAL_PRODUCER = '';
/** Every date a format insists on holding. */
export const FIXED_DATE_ISO = '2000-01-01T00:00:00Z';
