/** Campaigns: the data, its rules, and the pure views the screens, the report and the CLI share. */
export * from './campaign-data';
export * from './campaign-views';
export * from './campaign-rules';
export * from './status-history';
export * from './step-names';
export * from './step-refusal';
export * from './follow-up-due';
export * from './day-math';
export * from './dashboard';
export * from './placed-engagements';
export * from './readability';
export * from './syllables';
export * from './ics';
export * from './coalition';
export * from './campaign-report';
export * from './report-labels';
export * from './sign-on';
