import { diffWords } from 'diff';
import { countWords } from '../../../../shared/story';

export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

export interface SideBySide {
  /** The earlier version: unchanged text and what was removed. */
  before: DiffPart[];
  /** The later version: unchanged text and what was added. */
  after: DiffPart[];
  added: number;
  removed: number;
  /** The texts were too different to compare in reasonable time. */
  tooDifferent: boolean;
}

const isSpace = (c: string) => /\s/.test(c);

/**
 * diffWords gives unchanged runs the later text's spacing, so the earlier column could show
 * "spring ," where the writer had "spring,". Each column's parts are re-cut from that column's own
 * text: a part keeps as many non-space characters as it had, with the spacing the original had.
 */
function realign(parts: DiffPart[], original: string): DiffPart[] {
  let at = 0;
  const out = parts.map((part) => {
    const start = at;
    let need = [...part.text].filter((c) => !isSpace(c)).length;
    while (at < original.length && need > 0) {
      if (!isSpace(original[at]!)) need -= 1;
      at += 1;
    }
    // Spacing after a part stays with it, as diffWords has it.
    while (at < original.length && isSpace(original[at]!)) at += 1;
    return { ...part, text: original.slice(start, at) };
  });
  const last = out[out.length - 1];
  if (last && at < original.length) last.text += original.slice(at);
  return out.filter((p) => p.text !== '');
}

export function sideBySide(before: string, after: string, timeoutMs = 3000): SideBySide {
  const changes = diffWords(before, after, { timeout: timeoutMs });
  if (!changes) {
    return {
      before: [{ text: before, kind: 'same' }],
      after: [{ text: after, kind: 'same' }],
      added: 0,
      removed: 0,
      tooDifferent: true,
    };
  }
  const result: SideBySide = { before: [], after: [], added: 0, removed: 0, tooDifferent: false };
  for (const change of changes) {
    if (change.added) {
      result.after.push({ text: change.value, kind: 'added' });
      result.added += countWords(change.value);
    } else if (change.removed) {
      result.before.push({ text: change.value, kind: 'removed' });
      result.removed += countWords(change.value);
    } else {
      result.before.push({ text: change.value, kind: 'same' });
      result.after.push({ text: change.value, kind: 'same' });
    }
  }
  result.before = realign(result.before, before);
  result.after = realign(result.after, after);
  return result;
}
