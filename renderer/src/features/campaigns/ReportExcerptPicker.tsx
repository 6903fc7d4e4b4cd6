import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignExcerpt } from '../../../../shared/campaign/campaign-data';
import { summarizeGrant, type ConsentGrant } from '../../../../shared/consent';
import type { ExportFormat } from '../../../../shared/core/export-formats';
import type { StorySummaryView } from '../../../../shared/ipc/contract';
import type { SharedStorySummary } from '../../../../shared/share/share-views';
import { harbor } from '../../platform/bridge';
import { useErrorText, useMessageText } from '../../platform/use-error-text';
import { useIpc } from '../../platform/use-ipc';
import { usePurposeText } from '../consent/public';
import { ExportDocumentView } from '../export/public';
import { newEntryId } from './entry-id';
import { blocksText, quoteDocument } from './report-excerpt-text';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

/** A source as the select names it: `story:<id>` or `shared:<id>`. */
type SourceValue = `story:${string}` | `shared:${string}` | '';

/**
 * Adds a quoted excerpt to the report: a story of this vault under one of its consents (or a story
 * shared with you, which a report refuses, saying why). Every paragraph offered is shown as the
 * release gate prints it under that consent, never in the writer's original words; a consent that
 * forbids the report shows its reason and nothing else. What is ticked is shown again, with its
 * credit, as it will leave Harbor, before it is added.
 */
export function ReportExcerptPicker({
  campaign,
  save,
  format,
}: {
  campaign: Campaign;
  save: CampaignSave;
  format: ExportFormat;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const toText = useErrorText();
  const messageText = useMessageText();
  const localPurpose = usePurposeText();
  const status = useSaveStatus();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const [stories, setStories] = useState<StorySummaryView[]>([]);
  const [shared, setShared] = useState<SharedStorySummary[]>([]);
  const [grants, setGrants] = useState<ConsentGrant[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [source, setSource] = useState<SourceValue>('');
  const [grantId, setGrantId] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    void harbor.story.list().then((r) => (r.ok ? setStories(r.value) : setListError(toText(r.error))));
    void harbor.share.list().then((r) => (r.ok ? setShared(r.value) : setListError(toText(r.error))));
  }, [toText]);

  const storyId = source.startsWith('story:') ? source.slice('story:'.length) : null;
  const sharedStoryId = source.startsWith('shared:') ? source.slice('shared:'.length) : null;
  useEffect(() => {
    setGrants([]);
    setGrantId('');
    if (!storyId) return;
    void harbor.consent.list({ sourceId: storyId }).then((r) => {
      if (!r.ok) return setListError(toText(r.error));
      setGrants(r.value);
      setGrantId(r.value[0]?.id ?? '');
    });
  }, [storyId, toText]);
  useEffect(() => setChosen(new Set()), [source, grantId, format]);

  const number = campaign.excerpts.length + 1;
  const request =
    storyId && grantId
      ? { kind: 'story' as const, storyId, grantId }
      : sharedStoryId
        ? { kind: 'shared' as const, sharedStoryId }
        : null;
  const candidate = useIpc(
    request
      ? () => harbor.campaign.excerptCandidate({ source: request, number, format, language: campaign.language })
      : null,
    [storyId, grantId, sharedStoryId, number, format, campaign.language],
  );
  const ready = candidate.status === 'done' ? candidate.value : null;
  const picked = ready ? ready.paragraphs.filter((p) => chosen.has(p.index)) : [];

  const toggle = (index: number) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  const add = async () => {
    if (!request || request.kind !== 'story' || picked.length === 0) return;
    const excerpt: CampaignExcerpt = {
      kind: 'story',
      id: newEntryId(),
      storyId: request.storyId,
      grantId: request.grantId,
      blocks: picked.map((p) => p.index),
    };
    if (await status.run(() => save({ excerpts: [...campaign.excerpts, excerpt] }))) {
      setSource('');
    }
  };

  const live = stories.filter((s) => s.trashedAt === null);
  return (
    <section className="campaign-form report-excerpt-picker" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('campaigns.excerpts.addTitle')}</h3>
      <p className="hint">{t('campaigns.excerpts.addIntro')}</p>
      {listError && (
        <p className="error-text" role="alert">
          {listError}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('campaigns.excerpts.source')}</label>
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value as SourceValue)}>
          <option value="">{t('campaigns.excerpts.chooseSource')}</option>
          {live.length > 0 && (
            <optgroup label={t('campaigns.excerpts.ownStories')}>
              {live.map((s) => (
                <option key={s.id} value={`story:${s.id}`}>
                  {s.title || t('campaigns.excerpts.untitledStory')}
                </option>
              ))}
            </optgroup>
          )}
          {shared.length > 0 && (
            <optgroup label={t('campaigns.excerpts.sharedStories')}>
              {shared.map((s) => (
                <option key={s.id} value={`shared:${s.id}`}>
                  {s.title || t('campaigns.excerpts.untitledStory')}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {storyId && grants.length === 0 && <p className="notice">{t('campaigns.excerpts.noConsents')}</p>}
      {storyId && grants.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-grant`}>{t('campaigns.excerpts.consent')}</label>
          <select id={`${id}-grant`} value={grantId} onChange={(e) => setGrantId(e.target.value)}>
            {grants.map((g) => (
              <option key={g.id} value={g.id}>
                {summarizeGrant(localPurpose(g), lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {candidate.errorText && (
        <p className="error-text" role="alert">
          {candidate.errorText}
        </p>
      )}
      {ready?.refusal && (
        <div className="notice notice--caution" role="alert">
          <p className="strong">{t('campaigns.excerpts.refusedTitle')}</p>
          <p>{messageText(ready.refusal.message)}</p>
        </div>
      )}
      {ready && !ready.refusal && (
        <>
          {ready.paragraphs.length === 0 ? (
            <p className="notice">{t('campaigns.excerpts.nothingToQuote')}</p>
          ) : (
            <fieldset className="report-excerpt-picker__paragraphs">
              <legend>{t('campaigns.excerpts.paragraphs')}</legend>
              {ready.paragraphs.map((p) => (
                <div className="choice" key={p.index}>
                  <input
                    id={`${id}-p${p.index}`}
                    type="checkbox"
                    checked={chosen.has(p.index)}
                    onChange={() => toggle(p.index)}
                  />
                  <label htmlFor={`${id}-p${p.index}`}>{blocksText(p.blocks)}</label>
                </div>
              ))}
            </fieldset>
          )}
          {picked.length > 0 && (
            <div className="notice report-excerpt-picker__leaves" aria-labelledby={`${id}-leaves`} role="region">
              <h4 id={`${id}-leaves`}>{t('campaigns.excerpts.whatLeaves', { number })}</h4>
              <ExportDocumentView
                document={quoteDocument(
                  picked.flatMap((p) => p.blocks),
                  ready.credit ?? '',
                  campaign.language,
                )}
              />
            </div>
          )}
        </>
      )}
      <SaveError error={status.error} />
      <button
        type="button"
        className="button"
        disabled={status.busy || !ready || ready.refusal !== null || picked.length === 0}
        onClick={() => void add()}
      >
        {t('campaigns.excerpts.addButton', { number })}
      </button>
    </section>
  );
}
