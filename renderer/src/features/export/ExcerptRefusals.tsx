import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../../../shared/consent/check-grant';
import { useMessageText } from '../../platform/use-error-text';

/**
 * Every excerpt of a briefing that blocks the file, each named with why and what to do, so they
 * can all be fixed at once. A purpose worded differently from the writer's can be confirmed here;
 * everything else needs the excerpt taken out (or another consent).
 */
export function ExcerptRefusals({
  refusals,
  confirmed,
  onConfirm,
  onEdit,
}: {
  refusals: readonly Refusal[];
  /** Shared story id → the excerpt number it was confirmed under (for its label). */
  confirmed: ReadonlyMap<string, number>;
  onConfirm: (sharedStoryId: string, excerptNumber: number | null) => void;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const id = useId();
  const blocking = refusals.filter((r) => r.excerpt);
  // A confirmation already given stays shown (ticked), so it can be taken back.
  const confirmable = new Map(confirmed);
  for (const r of refusals)
    if (r.excerpt?.reason === 'purpose') confirmable.set(r.excerpt.sharedStoryId, r.excerpt.excerptNumber);
  if (blocking.length === 0 && confirmable.size === 0) return null;
  return (
    <div className="notice notice--caution" data-testid="excerpt-refusals">
      {blocking.length > 0 && (
        <>
          <p className="strong" id={`${id}-title`}>
            {t('consent.excerpts.title')}
          </p>
          <ul aria-labelledby={`${id}-title`}>
            {blocking.map((r, i) => (
              <li key={`${r.excerpt!.excerptId}-${r.excerpt!.reason}-${i}`}>{messageText(r.message)}</li>
            ))}
          </ul>
        </>
      )}
      {[...confirmable].map(([storyId, n]) => (
        <div className="choice" key={storyId}>
          <input
            id={`${id}-${storyId}`}
            type="checkbox"
            checked={confirmed.has(storyId)}
            onChange={(e) => onConfirm(storyId, e.currentTarget.checked ? n : null)}
          />
          <label htmlFor={`${id}-${storyId}`}>{t('consent.excerpts.confirmPurpose', { n: String(n) })}</label>
        </div>
      ))}
      {onEdit && blocking.length > 0 && (
        <div className="notice__actions">
          <button type="button" className="button button--small" onClick={onEdit}>
            {t('consent.excerpts.edit')}
          </button>
        </div>
      )}
    </div>
  );
}
