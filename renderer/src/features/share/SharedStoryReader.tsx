import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeShareTerms } from '../../../../shared/share/describe-terms';
import type { SharedStoryView } from '../../../../shared/share/share-views';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { ReadOnlyDoc } from './ReadOnlyDoc';
import { StatusBadge } from './StatusBadge';
import { UseList } from './UseList';
import { useShareDate } from './use-share-date';

/** One shared story, read-only, with its terms in one sentence and whether it may still be quoted. */
export function SharedStoryReader({ story, onClose }: { story: SharedStoryView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const toText = useErrorText();
  const date = useShareDate();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const title = story.title ?? t('share.received.untitled');

  const receipt = async () => {
    const r = await harbor.share.receipt({ id: story.id });
    if (!r.ok) return setMessage({ text: toText(r.error), error: true });
    setMessage({
      text:
        r.value.status === 'saved'
          ? t('share.received.receiptSaved', { name: r.value.value.fileName })
          : t('share.received.receiptCancelled'),
      error: false,
    });
  };

  return (
    <article className="shared-reader" aria-labelledby={`shared-${story.id}`}>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('share.received.close')}
      </button>
      <h2 id={`shared-${story.id}`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p>
        <StatusBadge status={story.status} />
      </p>
      <p className="shared-terms">{describeShareTerms(story.terms, lang, { ended: story.status !== 'active' })}</p>
      {story.status === 'revoked' && (
        <p className="notice">{t('share.received.withdrawnText', { date: date(story.revokedAt ?? '') })}</p>
      )}
      {story.status === 'expired' && (
        <p className="notice">{t('share.received.expiredText', { date: date(story.expiresOn) })}</p>
      )}
      {story.doc && (
        <div className="writing writing--readonly">
          <ReadOnlyDoc doc={story.doc} docKey={story.id} label={t('share.received.readOnly')} />
        </div>
      )}
      <section className="shared-uses" aria-label={t('share.received.usesHeading')}>
        <UseList uses={story.uses} heading={t('share.received.usesHeading')} empty={t('share.received.noUses')} />
      </section>
      <div className="share-panel__actions">
        <button type="button" className="button button--quiet" onClick={() => void receipt()}>
          {t('share.received.receipt')}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'notice notice--error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </article>
  );
}
