import path from 'node:path';
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { Preferences } from '../../shared/preferences';
import type { SaveKind } from '../ipc/main-context';
import { saveTypeName } from './save-type-names';

/** Each kind's file type, as the dialog lists it: its name and the endings it accepts. */
const EXTENSIONS: Record<SaveKind, string[]> = {
  docx: ['docx'],
  pdf: ['pdf'],
  'harbor-share': ['harbor-share'],
  'harbor-receipt': ['harbor-receipt'],
  'harbor-withdrawal': ['harbor-withdrawal'],
  'harbor-template': ['json'],
  'harbor-backup': ['harbor-backup'],
  calendar: ['ics'],
};

/** The ending a saved file must have (a template file is JSON, named *.harbor-template.json). */
const ENDINGS: Record<SaveKind, string> = {
  docx: '.docx',
  pdf: '.pdf',
  'harbor-share': '.harbor-share',
  'harbor-receipt': '.harbor-receipt',
  'harbor-withdrawal': '.harbor-withdrawal',
  'harbor-template': '.json',
  'harbor-backup': '.harbor-backup',
  calendar: '.ics',
};

/**
 * The system's save dialog for an export, in the Documents folder, never added to the recent
 * documents list (which would show where a survivor keeps their testimony). Cancel → null. The
 * file type is named in the person's language, and never as Harbor's while disguised.
 */
export function createSaveChooser(
  parent: () => BrowserWindow | null,
  prefs: () => Pick<Preferences, 'disguise' | 'language'>,
) {
  return async (suggestedName: string, format: SaveKind): Promise<string | null> => {
    const options: SaveDialogOptions = {
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [{ name: saveTypeName(format, prefs()), extensions: EXTENSIONS[format] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    };
    const win = parent();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const ext = ENDINGS[format];
    return result.filePath.toLowerCase().endsWith(ext) ? result.filePath : `${result.filePath}${ext}`;
  };
}
