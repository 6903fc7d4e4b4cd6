import { cleanTitle } from './clean-title';

/** The last path segment: the renderer sends a bare name, the command line a path. */
const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() ?? '';

/** "Mi_historia.final.docx" → "Mi historia.final": the name a person gave the file, minus its type. */
export function titleFromFileName(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return cleanTitle(stem.replace(/_+/g, ' '));
}

/** The extension, lower case, without the dot ('' when there is none, or for ".txt" alone). */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
