import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { covers, fontCoverage, type Coverage } from './font-coverage';

/*
 * Fonts for chart labels that Harbor's own font (Liberation Sans: Latin, Greek, Cyrillic) cannot
 * draw: a bill title in Chinese, a hearing's name in Arabic or Hebrew. They are looked for on this
 * computer's own font folders, only when a label needs them (reading font files costs time), and
 * only as many as cover the labels. Nothing is fetched; nothing is written.
 */

/** The folders where this computer keeps its fonts, for the platform Harbor runs on. */
export function systemFontFolders(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string[] {
  if (platform === 'win32') {
    const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    const local = env.LOCALAPPDATA ? [path.win32.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [];
    return [path.win32.join(windows, 'Fonts'), ...local];
  }
  if (platform === 'darwin')
    return ['/System/Library/Fonts', '/Library/Fonts', path.posix.join(home, 'Library', 'Fonts')];
  const dataHome = env.XDG_DATA_HOME || path.posix.join(home, '.local', 'share');
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.posix.join(dataHome, 'fonts'),
    path.posix.join(home, '.fonts'),
  ];
}

const FONT_FILE = /\.(ttf|otf|ttc)$/i;
/** Plain upright sans faces first: a label drawn in a bold, italic or symbol face would look wrong. */
const STYLED = /bold|italic|oblique|light|thin|black|heavy|medium|semi|condensed|narrow|mono|math|symbol|emoji/i;

/** Font files under the folders (a few levels deep), plain sans faces first, then by name. */
export function fontFiles(folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 4) walk(full, depth + 1);
      else if ((e.isFile() || e.isSymbolicLink()) && FONT_FILE.test(e.name)) found.push(full);
    }
  };
  for (const folder of folders) walk(folder, 0);
  const rank = (file: string) => {
    const name = path.basename(file);
    return (STYLED.test(name) ? 2 : 0) + (/sans/i.test(name) ? 0 : 1);
  };
  return [...new Set(found)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Characters that need no glyph: spaces, line breaks and the invisible direction marks. */
const INVISIBLE = /[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** The characters of the labels that a font covering `base` lacks, each once, in order met. */
export function missingCharacters(labels: readonly string[], base: Coverage): string[] {
  const out = new Set<string>();
  for (const label of labels)
    for (const ch of label) if (!INVISIBLE.test(ch) && !covers(base, ch.codePointAt(0)!)) out.add(ch);
  return [...out];
}

export interface FontCandidate {
  file: string;
  coverage: Coverage;
}

export interface FontChoice {
  /** The fallback font files to load, in the order they were chosen. */
  files: string[];
  /** Characters no font covers (their labels would draw as boxes). */
  uncovered: string[];
}

/**
 * The fewest fonts, taken in the candidates' order, that cover the missing characters. Candidates
 * are given lazily (a generator), so font files are read only until every character is covered.
 */
export function chooseFonts(missing: readonly string[], candidates: Iterable<FontCandidate>): FontChoice {
  const files: string[] = [];
  let left = [...missing];
  if (left.length === 0) return { files, uncovered: left };
  for (const font of candidates) {
    const has = left.filter((ch) => covers(font.coverage, ch.codePointAt(0)!));
    if (has.length === 0) continue;
    files.push(font.file);
    left = left.filter((ch) => !has.includes(ch));
    if (left.length === 0) break;
  }
  return { files, uncovered: left };
}

const coverageCache = new Map<string, Coverage | null>();

/** The fonts on this computer, each read for its coverage only when asked for (and then kept). */
export function* systemFontCandidates(folders: readonly string[] = systemFontFolders()): Generator<FontCandidate> {
  for (const file of fontFiles(folders)) {
    if (!coverageCache.has(file)) coverageCache.set(file, fontCoverage(file));
    const coverage = coverageCache.get(file);
    if (coverage) yield { file, coverage };
  }
}
