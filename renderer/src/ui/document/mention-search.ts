import {
  foldDetailText,
  matchVariants,
  type DetailRegister,
  type DetailVariant,
  type RegisterDetail,
  type VariantMatch,
} from '../../../../shared/story/detail-register';

/**
 * matchVariants, made cheap enough to run on the block under the caret at every keystroke.
 *
 * matchVariants builds a pattern for every variant of every detail (a person alone has about forty)
 * and runs each over the text: about a millisecond per person for one paragraph. A match holds each
 * run of letters and digits of its variant, folded, as a whole word of the folded text (its pattern
 * puts word boundaries or the variant's own punctuation around it); only where a word of the
 * variant ends in a full stop ("Mr. Vance", also found as "MrVance") can it sit inside a longer
 * word. So only the variants whose longest run is in the block can match, and only those (usually
 * none, at most a handful) go to matchVariants. The result is the same as with the whole register.
 */

/** Folded the way matchVariants folds, one code point at a time; ASCII needs only lower case. */
function foldForSearch(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += foldDetailText(ch);
  return out;
}

/** The longest run of letters or digits in a spelling, folded; '' when it has none (then always tried). */
function anchorOf(spelling: string): string {
  let best = '';
  for (const run of foldForSearch(spelling).match(/[\p{L}\p{N}]+/gu) ?? []) if (run.length > best.length) best = run;
  return best;
}

interface Anchor {
  run: string;
  /** Looked for anywhere in the text, not only as a whole word (see above). */
  loose: boolean;
}

/** A spelling whose word ends in a full stop before more of it may be written run together. */
const anchorFor = (spelling: string): Anchor => ({
  run: anchorOf(spelling),
  loose: /\.\s|\.[\p{L}\p{N}]/u.test(spelling),
});

interface DetailPlan {
  detail: RegisterDetail;
  /** Indexes into the plan's anchors. */
  text: number;
  variants: { variant: DetailVariant; anchor: number }[];
}

interface Plan {
  /** Each distinct anchor once: many variants share one (a surname with every title). */
  anchors: Anchor[];
  details: DetailPlan[];
}

const plans = new WeakMap<DetailRegister, Plan>();

function planFor(register: DetailRegister): Plan {
  const known = plans.get(register);
  if (known) return known;
  const anchors: Anchor[] = [];
  const index = new Map<string, number>();
  const anchorIndex = (spelling: string) => {
    const anchor = anchorFor(spelling);
    const key = `${anchor.loose ? 1 : 0}${anchor.run}`;
    let at = index.get(key);
    if (at === undefined) {
      at = anchors.push(anchor) - 1;
      index.set(key, at);
    }
    return at;
  };
  const details = register.map((detail) => ({
    detail,
    text: anchorIndex(detail.text),
    variants: detail.variants.filter((v) => v.on).map((variant) => ({ variant, anchor: anchorIndex(variant.text) })),
  }));
  const plan = { anchors, details };
  plans.set(register, plan);
  return plan;
}

/** Where the register's details appear in `text`, exactly as matchVariants(text, register) says. */
export function findVariants(text: string, register: DetailRegister): VariantMatch[] {
  const plan = planFor(register);
  if (plan.details.length === 0 || !text) return [];
  const folded = foldForSearch(text);
  const words = new Set(folded.match(/[\p{L}\p{N}]+/gu));
  const present = plan.anchors.map(({ run, loose }) => run === '' || (loose ? folded.includes(run) : words.has(run)));
  const candidates: DetailRegister = [];
  for (const { detail, text: own, variants } of plan.details) {
    if (!present[own] && !variants.some((v) => present[v.anchor])) continue;
    candidates.push({ ...detail, variants: variants.filter((v) => present[v.anchor]).map((v) => v.variant) });
  }
  return candidates.length ? matchVariants(text, candidates) : [];
}
