import type { ExportFormat } from '../../../shared/core/export-formats';
import type { SensitiveCategory } from '../../../shared/core/sensitive-categories';
import type { Preferences } from '../../../shared/preferences';
import type { LabelKeys } from './label-keys';

// The words for concepts several screens name, one map each: locale keys written out, one per
// value, so the lint rule (which follows an imported map) and the compiler can check each.

/** A kind of marked detail, as the editor, its side panel and the consent form name it. */
export const SENSITIVE_CATEGORY_LABEL = {
  person: 'workspace.sensitive.categories.person',
  place: 'workspace.sensitive.categories.place',
  date: 'workspace.sensitive.categories.date',
  organization: 'workspace.sensitive.categories.organization',
  contact: 'workspace.sensitive.categories.contact',
  other: 'workspace.sensitive.categories.other',
} as const satisfies LabelKeys<SensitiveCategory, 'workspace.sensitive.categories'>;

/** A file format, as the consent form, the export options and the sharing history name it. */
export const EXPORT_FORMAT_LABEL = {
  docx: 'consent.export.options.formats.docx',
  pdf: 'consent.export.options.formats.pdf',
} as const satisfies LabelKeys<ExportFormat, 'consent.export.options.formats'>;

/** The quick-exit shortcut, as its button and its setting name it. */
export const QUICK_EXIT_SHORTCUT_LABEL = {
  'triple-escape': 'safety.quickExit.shortcuts.triple-escape',
  'ctrl-shift-q': 'safety.quickExit.shortcuts.ctrl-shift-q',
  off: 'safety.quickExit.shortcuts.off',
} as const satisfies LabelKeys<Preferences['quickExitShortcut'], 'safety.quickExit.shortcuts'>;
