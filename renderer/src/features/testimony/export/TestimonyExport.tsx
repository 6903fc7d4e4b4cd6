import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filledPurpose } from '../../../../../shared/consent/filled-purpose';
import type { AudienceKind, ConsentGrant } from '../../../../../shared/consent/grant';
import { releaseRegisters } from '../../../../../shared/release/release-gate';
import { registerFromDoc, type DetailRegister } from '../../../../../shared/story/detail-register';
import type { LooseNode } from '../../../../../shared/story/doc-types';
import { listSensitiveDetails } from '../../../../../shared/story/sensitive-details';
import { computeBudgets } from '../../../../../shared/testimony/budgets';
import { buildTestimonyExport } from '../../../../../shared/testimony/build-testimony-export';
import { fitScript, fittedOverBudget } from '../../../../../shared/testimony/fit-script';
import type { SharedQuoteSources } from '../../../../../shared/testimony/shared-quotes';
import { quotedSharedStoryIds, quotedStoryIds, type Testimony } from '../../../../../shared/testimony/testimony-data';
import { findTestimonyDetails } from '../../../../../shared/testimony/testimony-findings';
import { harbor } from '../../../platform/bridge';
import { useIpcEffect } from '../../../platform/use-ipc';
import { docLanguage, useAuthorProfile } from '../../consent/public';
import { ExportFlow, type ExportSubject } from '../../export/public';
import { OverBudgetStep } from './OverBudgetStep';
import { TestimonyCheck } from './TestimonyCheck';

/** Who a testimony made from this kind of template is usually for (the writer can change it). */
const AUDIENCE: Record<Testimony['template']['kind'], AudienceKind | ''> = {
  'state-written': 'legislative-committee',
  oral: 'legislative-committee',
  'congress-written': 'legislative-committee',
  'uk-written-evidence': 'legislative-committee',
  letter: 'legislator-office',
  briefing: '',
};

export interface TestimonyExportProps {
  testimony: Testimony;
  /** The shared stories it quotes (their words are in the document as received). */
  shared?: SharedQuoteSources;
  /** Saves pending edits first: the preview and the file are made from the stored testimony. */
  flush: () => Promise<void>;
  /** Back to the sections, to change words the check found. */
  onEdit: () => void;
  onClose: () => void;
}

/**
 * A testimony through the same export flow as a story. Its consent covers the testimony and every
 * story it quotes (the pipeline checks each); a consent made before a story was quoted is shown
 * with what it misses. The template decides the file types and whether it is public record.
 */
const NO_SHARED: SharedQuoteSources = new Map();

export function TestimonyExport({ testimony, shared = NO_SHARED, flush, onEdit, onClose }: TestimonyExportProps) {
  const { t, i18n } = useTranslation();
  const uiLang = docLanguage(i18n.language);
  const { template, metadata } = testimony;
  // Candidates cleared as fine to share: on this testimony, and on the stories it quotes (as `harbor export` counts them).
  const [ownCleared, setOwnCleared] = useState<readonly string[]>(testimony.cleared ?? []);
  const [storyCleared, setStoryCleared] = useState<readonly string[]>([]);
  // The quoted stories' registers: what the release gate withholds wherever it is written.
  const [storyRegisters, setStoryRegisters] = useState<readonly DetailRegister[]>([]);
  const quotedKey = quotedStoryIds(testimony).join(',');
  useIpcEffect(
    () =>
      Promise.all(
        quotedKey
          .split(',')
          .filter(Boolean)
          .map((id) => harbor.story.get({ id })),
      ),
    (results) => {
      const stories = results.flatMap((r) => (r.ok ? [r.value] : []));
      setStoryCleared(stories.flatMap((story) => story.cleared ?? []));
      setStoryRegisters(stories.map((story) => registerFromDoc(story.doc, story.details)));
    },
    [quotedKey],
  );
  const cleared = useMemo(() => new Set([...ownCleared, ...storyCleared]), [ownCleared, storyCleared]);
  const clearFinding = useCallback(
    async (text: string) => {
      const result = await harbor.testimony.clearCandidates({ id: testimony.id, texts: [text] });
      if (result.ok) setOwnCleared(result.value.cleared);
      return result.ok;
    },
    [testimony.id],
  );

  const built = useMemo(
    () =>
      buildTestimonyExport(testimony, {
        language: testimony.language,
        witness: i18n.getFixedT(testimony.language)('testimony.preview.witness'),
        shared,
      }),
    [testimony, i18n, shared],
  );
  const readOriginal = useCallback((): LooseNode => built.doc, [built]);
  const details = useMemo(() => listSensitiveDetails(built.doc), [built]);
  // The author's name and the registers' details are the release gate's to replace, as in main.
  const { fullName } = useAuthorProfile().profile;
  const findings = useMemo(
    () =>
      findTestimonyDetails(testimony, uiLang, cleared, {
        registers: releaseRegisters(built.doc, storyRegisters),
        author: fullName ? { full: fullName } : null,
      }),
    [testimony, uiLang, cleared, built, storyRegisters, fullName],
  );

  // Over its budget, the person chooses first: trim it, or export anyway (the CLI's --over-budget).
  const budgets = useMemo(() => computeBudgets(testimony, shared), [testimony, shared]);
  const fit = useMemo(() => (template.spoken ? fitScript(testimony, { shared }) : null), [testimony, template, shared]);
  // A script exports fitted to its minutes, as the builder's preview shows it, unless the person
  // chose all of it; a cut that is still over (a template's own word limit) is not offered.
  const fittable = fit !== null && !fittedOverBudget(testimony, fit);
  const [choice, setChoice] = useState<'ask' | 'fitted' | 'all'>('ask');
  const exportFitted = fittable && choice !== 'all';
  const accepted = choice === 'all' || (choice === 'fitted' && exportFitted);

  const storyIds = quotedStoryIds(testimony);
  const coverIds = [testimony.id, ...storyIds];
  const titleOf = useCallback(
    (storyId: string) => {
      for (const content of Object.values(testimony.sections))
        for (const e of content.excerpts)
          if (e.storyId === storyId) return e.storyTitle.trim() || t('testimony.list.untitled');
      return t('testimony.list.untitled');
    },
    [testimony.sections, t],
  );
  const quoted = (ids: string[]) => ids.map((id) => `“${titleOf(id)}”`).join(', ');

  const grantProblem = useCallback(
    (grant: ConsentGrant) => {
      const missing = quotedStoryIds(testimony).filter((id) => !grant.sourceIds.includes(id));
      if (missing.length === 0) return null;
      const stories = missing.map((id) => `“${titleOf(id)}”`).join(', ');
      return missing.length === 1
        ? t('testimony.exportFlow.missingOne', { stories })
        : t('testimony.exportFlow.missingMany', { stories });
    },
    [testimony, titleOf, t],
  );

  const purpose = metadata.billNumber?.trim()
    ? filledPurpose('bill', metadata.billNumber.trim(), docLanguage(i18n.language))
    : metadata.inquiry?.trim()
      ? filledPurpose('inquiry', metadata.inquiry.trim(), docLanguage(i18n.language))
      : '';

  const subject: ExportSubject = {
    source: { kind: 'testimony', id: testimony.id },
    coverIds,
    flush,
    readOriginal,
    originalLabel: t('testimony.exportFlow.original'),
    details,
    renderCheck: () => (
      <TestimonyCheck template={template} findings={findings} onClear={clearFinding} onEdit={onEdit} />
    ),
    remaining: findings.length,
    grantIntro: (
      <>
        <p className="hint" data-testid="testimony-cover">
          {storyIds.length === 0
            ? t('testimony.exportFlow.coversAlone')
            : t('testimony.exportFlow.covers', { stories: quoted(storyIds) })}
        </p>
        {quotedSharedStoryIds(testimony).length > 0 && (
          <p className="hint">{t('testimony.exportFlow.sharedChecked')}</p>
        )}
      </>
    ),
    onEditContent: onEdit,
    noGrantText: t('testimony.exportFlow.noGrant'),
    grantProblem,
    formats: template.formats,
    publicRecord: template.publicRecord,
    draft: {
      audienceKind: AUDIENCE[template.kind],
      audienceName: (metadata.committee || metadata.recipient || '').trim(),
      purpose,
      formats: [...template.formats],
    },
    initialOptions: { paper: template.layout.paper, language: testimony.language },
    ...(budgets.over && choice === 'all' ? { overBudget: true as const } : {}),
    ...(exportFitted ? { fit: true as const } : {}),
  };
  if (budgets.over && !accepted)
    return (
      <OverBudgetStep
        testimony={testimony}
        budgets={budgets}
        fit={fit}
        onEdit={onEdit}
        onExportAnyway={() => setChoice('all')}
        {...(fittable ? { onExportFitted: () => setChoice('fitted') } : {})}
      />
    );
  return <ExportFlow subject={subject} onClose={onClose} />;
}
