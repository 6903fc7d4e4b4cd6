import type { ConsentGrant, GrantTerms, RedactableCategory } from './grant';
import { REDACTABLE_CATEGORIES } from './grant';
import { mentionReplacement, splitAuthorMentions, type AuthorName } from './identity';
import { PLACEHOLDERS, type DocumentLanguage } from './placeholders';

/** TipTap/ProseMirror JSON, structurally (the full schema lives in shared/story). */
export interface PMMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface PMNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: PMMark[];
  content?: PMNode[];
}

export interface TransformReport {
  /** How many sensitive details were replaced, by category. */
  redacted: Partial<Record<RedactableCategory, number>>;
  /** How many mentions of the author's name were replaced by the chosen identity. */
  identityReplacements: number;
  privateNotesDropped: number;
}

/**
 * With `flagChanges`, each placeholder and identity substitution carries this mark, so the export
 * document can flag it for the preview (fromDoc turns it into InlineRun.change; renderers drop it).
 */
export const CHANGE_MARK = 'harborExportChange';

export interface ApplyConsentOptions {
  flagChanges?: boolean;
}

export interface TransformResult {
  doc: PMNode;
  report: TransformReport;
}

const isCategory = (v: unknown): v is RedactableCategory =>
  typeof v === 'string' && (REDACTABLE_CATEGORIES as readonly string[]).includes(v);

function sensitiveOf(node: PMNode): { category: RedactableCategory; id: string | null } | null {
  const mark = node.marks?.find((m) => m.type === 'sensitive');
  if (!mark) return null;
  const category = isCategory(mark.attrs?.category) ? mark.attrs.category : 'other';
  const id = typeof mark.attrs?.id === 'string' ? mark.attrs.id : null;
  return { category, id };
}

/**
 * What leaves the vault: private notes dropped, each redacted detail replaced by one fixed
 * placeholder (a detail split across runs, e.g. half in bold, becomes one placeholder), the author's
 * name replaced by the chosen identity, and no sensitive marks left in the output. Pure: the
 * master copy is never touched.
 */
export function applyConsent(
  doc: PMNode,
  terms: GrantTerms | ConsentGrant,
  author: AuthorName,
  lang: DocumentLanguage = 'en',
  options: ApplyConsentOptions = {},
): TransformResult {
  const report: TransformReport = { redacted: {}, identityReplacements: 0, privateNotesDropped: 0 };
  const redactCategories = new Set(terms.redact.categories);
  const keep = new Set(terms.redact.keep);
  const nameReplacement = mentionReplacement(author, terms.identity, lang);

  const transformInline = (nodes: PMNode[]): PMNode[] => {
    const out: PMNode[] = [];
    let lastRedactedKey: string | null = null;
    for (const node of nodes) {
      if (node.type !== 'text' || typeof node.text !== 'string') {
        lastRedactedKey = null;
        out.push(node.type === 'text' ? node : transformNode(node));
        continue;
      }
      const sensitive = sensitiveOf(node);
      const marks = (node.marks ?? []).filter((m) => m.type !== 'sensitive');
      const withMarks = (text: string, change?: 'redacted' | 'identity'): PMNode => {
        const all = change && options.flagChanges ? [...marks, { type: CHANGE_MARK, attrs: { change } }] : marks;
        return all.length ? { type: 'text', text, marks: all } : { type: 'text', text };
      };
      if (sensitive && redactCategories.has(sensitive.category) && !(sensitive.id && keep.has(sensitive.id))) {
        const key = `${sensitive.category}:${sensitive.id ?? ''}`;
        // Consecutive runs of one detail (same id) collapse into a single placeholder.
        if (lastRedactedKey === key && sensitive.id) continue;
        lastRedactedKey = key;
        report.redacted[sensitive.category] = (report.redacted[sensitive.category] ?? 0) + 1;
        out.push(withMarks(PLACEHOLDERS[lang][sensitive.category], 'redacted'));
        continue;
      }
      lastRedactedKey = null;
      const segments = splitAuthorMentions(node.text, author, nameReplacement);
      if (segments.some((seg) => seg.identity)) report.identityReplacements += 1;
      for (const seg of segments) out.push(withMarks(seg.text, seg.identity ? 'identity' : undefined));
    }
    return mergeAdjacentText(out);
  };

  const transformNode = (node: PMNode): PMNode => {
    if (!node.content) return { ...node };
    const hasInline = node.content.some((c) => c.type === 'text' || c.type === 'hardBreak');
    const content = hasInline
      ? transformInline(node.content)
      : node.content.flatMap((child) => {
          if (child.type === 'privateNote') {
            report.privateNotesDropped += 1;
            return [];
          }
          return [transformNode(child)];
        });
    return { ...node, content };
  };

  return { doc: transformNode(doc), report };
}

function sameMarks(a: PMMark[] | undefined, b: PMMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function mergeAdjacentText(nodes: PMNode[]): PMNode[] {
  const out: PMNode[] = [];
  for (const n of nodes) {
    const prev = out.at(-1);
    if (prev && prev.type === 'text' && n.type === 'text' && sameMarks(prev.marks, n.marks)) {
      out[out.length - 1] = { ...prev, text: `${prev.text ?? ''}${n.text ?? ''}` };
    } else out.push(n);
  }
  return out;
}
