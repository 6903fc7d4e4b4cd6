import path from 'node:path';
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { SaveKind } from '../ipc/main-context';

const FILTERS: Record<SaveKind, SaveDialogOptions['filters']> = {
  docx: [{ name: 'Word', extensions: ['docx'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  'harbor-share': [{ name: 'Harbor share file', extensions: ['harbor-share'] }],
  'harbor-receipt': [{ name: 'Harbor receipt', extensions: ['harbor-receipt'] }],
  'harbor-withdrawal': [{ name: 'Harbor withdrawal', extensions: ['harbor-withdrawal'] }],
  'harbor-template': [{ name: 'Harbor template', extensions: ['json'] }],
  'harbor-backup': [{ name: 'Harbor backup', extensions: ['harbor-backup'] }],
  calendar: [{ name: 'Calendar', extensions: ['ics'] }],
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
 * documents list (which would show where a survivor keeps their testimony). Cancel → null.
 */
export function createSaveChooser(parent: () => BrowserWindow | null) {
  return async (suggestedName: string, format: SaveKind): Promise<string | null> => {
    const options: SaveDialogOptions = {
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: FILTERS[format],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    };
    const win = parent();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const ext = ENDINGS[format];
    return result.filePath.toLowerCase().endsWith(ext) ? result.filePath : `${result.filePath}${ext}`;
  };
}
