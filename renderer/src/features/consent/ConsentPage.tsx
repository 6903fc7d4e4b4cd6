import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { FlowPage } from '../../ui/FlowPage';
import { GrantForm } from './GrantForm';
import { useStoryDetails } from './use-story-details';

/** A new consent, or changes to one, as a page of its own: the most important decision in Harbor. */
export function ConsentPage({
  storyId,
  editor,
  grant,
  onSaved,
  onBack,
}: {
  storyId: string;
  editor: Editor;
  /** The consent being changed; a new one when absent. */
  grant?: ConsentGrant;
  onSaved: (grant: ConsentGrant) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const details = useStoryDetails(editor);
  return (
    <FlowPage title={grant ? t('consent.form.editTitle') : t('consent.form.newTitle')} onBack={onBack}>
      <p className="hint">{t('consent.panel.intro')}</p>
      <GrantForm
        sourceIds={[storyId]}
        grant={grant}
        details={details}
        titled={false}
        onSaved={onSaved}
        onCancel={onBack}
      />
    </FlowPage>
  );
}
