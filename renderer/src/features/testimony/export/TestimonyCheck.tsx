import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../../shared/templates';
import type { TestimonyFinding } from '../../../../../shared/testimony/testimony-findings';
import { ClearFindingButton, FindingItem, useFocusNextFinding } from '../../export/public';
import { useAnnouncer } from '../../../ui/use-announcer';
import { useTemplateText } from '../../../ui/use-template-text';

/**
 * The identifying-detail check for a testimony. Its sections are plain text, so nothing can be
 * marked here: the writer changes the words in the section (or marks them in the story an
 * excerpt came from), or says they are fine to share (remembered with the testimony).
 */
export function TestimonyCheck({
  template,
  findings,
  onClear,
  onEdit,
}: {
  template: Template;
  findings: TestimonyFinding[];
  /** Remembers the words as fine to share; false when that could not be saved. */
  onClear: (text: string) => Promise<boolean>;
  /** Back to the sections, to change the words. */
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const { message, announce } = useAnnouncer();
  const rootRef = useRef<HTMLDivElement>(null);
  // The cleared finding leaves the list: keep the keyboard on the next one (or on "change the words").
  const focusAt = useFocusNextFinding(
    findings,
    rootRef,
    '.finding__clear',
    () => rootRef.current?.querySelector<HTMLElement>('.testimony-check__edit') ?? null,
  );
  const sectionTitle = (id: string) => {
    const section = template.sections.find((s) => s.id === id);
    return section ? tt(section.title) : id;
  };
  return (
    <div className="identifying-check" ref={rootRef}>
      <p className="hint">{t('testimony.check.intro')}</p>
      <p className="ws-live" role="status" aria-live="polite">
        {message && <span key={message.key}>{message.text}</span>}
      </p>
      {findings.length === 0 ? (
        <p className="empty-note">{t('testimony.check.none')}</p>
      ) : (
        <ul className="card-list" aria-label={t('consent.export.check.listLabel')}>
          {findings.map((finding, index) => (
            <FindingItem
              key={finding.key}
              finding={finding}
              context={t(finding.inExcerpt ? 'testimony.check.inExcerpt' : 'testimony.check.inSection', {
                section: sectionTitle(finding.sectionId),
                context: finding.context,
              })}
            >
              <ClearFindingButton
                text={finding.text}
                onClear={() => {
                  focusAt.current = index;
                  void onClear(finding.text).then((ok) =>
                    announce(
                      ok
                        ? t('consent.export.check.cleared', { text: finding.text })
                        : t('consent.export.check.clearFailed'),
                    ),
                  );
                }}
              />
            </FindingItem>
          ))}
        </ul>
      )}
      <button type="button" className="button button--quiet testimony-check__edit" onClick={onEdit}>
        {t('testimony.check.edit')}
      </button>
    </div>
  );
}
