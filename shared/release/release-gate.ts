import type { ConsentGrant, GrantTerms, RedactableCategory } from '../consent/grant';
import { displayName, type AuthorName } from '../consent/identity';
import { PLACEHOLDERS, type DocumentLanguage } from '../consent/placeholders';
import {
  applyReplacements,
  applyRules,
  consentRules,
  countReplacements,
  planReplacements,
  type ConsentRules,
  type TransformReport,
} from '../consent/transform';
import type { ReleasedDoc, StoryDoc } from '../core/story-doc';
import { registerFromDoc, type DetailRegister } from '../story/detail-register';

/**
 * The one release gate: every piece of text that leaves Harbor (a file, a share package, the
 * preview of either, a receipt) is made from what this returns, and from nothing else. Whatever
 * the consent withholds is replaced wherever it was written: in the body, the title, a template
 * field, a credit line, the share title, the file name.
 */

/** A template field's value, as filled into the heading block, salutation and signature. */
export interface OutgoingField {
  id: string;
  value: string;
  /** What kind of detail it can be; a value in a withheld category becomes that category's placeholder. */
  category?: RedactableCategory | null;
}

/** Everything a document would carry out of Harbor, before the consent is applied. */
export interface OutgoingDocument {
  /** The story text (TipTap JSON), consent not yet applied: private notes and marks still in it. */
  body?: StoryDoc | null;
  title?: string | null;
  headingBlock?: readonly string[];
  salutation?: string | null;
  signature?: readonly string[];
  fields?: readonly OutgoingField[];
  coverNote?: string | null;
  /** The title an advocate sees on a share package. */
  shareTitle?: string | null;
  /** The suggested or typed name of the file. */
  fileName?: string | null;
  /** Lines of history the recipient can see (a receipt's file name, audience, purpose). */
  history?: readonly string[];
}

export interface ReleaseContext {
  terms: GrantTerms | ConsentGrant;
  author: AuthorName;
  language: DocumentLanguage;
  /** The registers of every story the document draws on; the body's own marks are added to them. */
  registers?: readonly DetailRegister[];
  /** Flag each change for the preview (CHANGE_MARK); renderers drop the flags. */
  flagChanges?: boolean;
  /** A marker in the lines that stands for the author's name under the identity (a template's {witness}). */
  authorSlot?: string;
  /**
   * A marker for the witness in a caption ("Statement of {witnessCaption}"): the author's name under
   * the identity, or `anonymous` when the consent keeps them anonymous ("a survivor witness", never
   * "Statement of Anonymous").
   */
  captionSlot?: { slot: string; anonymous: string | null };
}

export interface ReleasedDocument {
  body: ReleasedDoc | null;
  title: string | null;
  headingBlock: string[];
  salutation: string | null;
  signature: string[];
  coverNote: string | null;
  shareTitle: string | null;
  fileName: string | null;
  history: string[];
  /** How the author appears under this consent ("M. R.", a pseudonym, "Anonymous"). */
  authorName: string;
  report: TransformReport;
  /** The same gate for a line known only later (the name a file was finally saved under). */
  line(text: string): string;
}

const emptyReport = (): TransformReport => ({ redacted: {}, identityReplacements: 0, privateNotesDropped: 0 });

/** A field whose value the consent withholds, as a detail of its own (found in every line). */
function fieldDetails(fields: readonly OutgoingField[], rules: ConsentRules): DetailRegister {
  return fields
    .filter((f) => f.category && rules.redactCategories.has(f.category) && f.value.trim() !== '')
    .map((f) => ({ id: `field-${f.id}`, category: f.category!, text: f.value.trim(), variants: [] }));
}

/**
 * The registers the gate withholds from: those saved, and the details marked in the body since
 * (proposed, the saved choices standing). The identifying-detail check skips what they cover.
 */
export function releaseRegisters(
  body: StoryDoc | null | undefined,
  saved: readonly DetailRegister[],
): DetailRegister[] {
  return body ? [...saved, registerFromDoc(body, saved.flat())] : [...saved];
}

/** Returns what may leave Harbor of `doc` under the consent, and the report of what was changed. */
export function releaseDocument(doc: OutgoingDocument, ctx: ReleaseContext): ReleasedDocument {
  const report = emptyReport();
  const registers = releaseRegisters(doc.body, ctx.registers ?? []);
  const rules = consentRules(ctx.terms, ctx.author, ctx.language, registers);
  const withheldFields = fieldDetails(doc.fields ?? [], rules);
  const lineRules: ConsentRules = { ...rules, withheld: [...rules.withheld, ...withheldFields] };
  const authorName = displayName(ctx.author, ctx.terms.identity, ctx.language);

  const line = (text: string): string => {
    const replacements = planReplacements(text, [], lineRules);
    countReplacements(report, replacements);
    let out = applyReplacements(text, replacements);
    // A field value is withheld as written, even where folding would not find it.
    for (const f of withheldFields) out = out.split(f.text).join(PLACEHOLDERS[ctx.language][f.category]);
    if (ctx.captionSlot) {
      const { slot, anonymous } = ctx.captionSlot;
      out = out
        .split(slot)
        .join(anonymous !== null && ctx.terms.identity.mode === 'anonymous' ? anonymous : authorName);
    }
    return ctx.authorSlot ? out.split(ctx.authorSlot).join(authorName) : out;
  };
  const optional = (text: string | null | undefined) => (text === null || text === undefined ? null : line(text));

  return {
    body: doc.body ? applyRules(doc.body, rules, report, ctx.flagChanges === true) : null,
    title: optional(doc.title),
    headingBlock: (doc.headingBlock ?? []).map(line),
    salutation: optional(doc.salutation),
    signature: (doc.signature ?? []).map(line),
    coverNote: optional(doc.coverNote),
    shareTitle: optional(doc.shareTitle),
    fileName: optional(doc.fileName),
    history: (doc.history ?? []).map(line),
    authorName,
    report,
    line,
  };
}
