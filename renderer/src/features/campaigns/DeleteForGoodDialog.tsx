import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/campaign/campaign-data';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { usePlural } from '../../ui/use-plural';

/**
 * Asks before a trashed campaign is destroyed in the vault: names the campaign and what goes with
 * it, what stays (the stories and consents it only referred to), and that nothing brings it back.
 * Focus starts on "Keep it"; Escape keeps it.
 */
export function DeleteForGoodDialog({
  campaign,
  busy,
  onConfirm,
  onCancel,
}: {
  campaign: CampaignSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const plural = usePlural();
  const title = campaign.title || t('campaigns.untitled');
  return (
    <ConfirmDialog
      title={t('campaigns.trash.deleteTitle', { campaign: title })}
      confirmLabel={t('campaigns.trash.deleteConfirm')}
      cancelLabel={t('campaigns.trash.deleteKeep')}
      destructive
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('campaigns.trash.deleteWhat', { campaign: title })}</p>
      <ul>
        <li>{plural('campaigns.trash.deleteBills', campaign.bills)}</li>
        <li>{plural('campaigns.trash.deleteEngagements', campaign.engagements)}</li>
        <li>{t('campaigns.trash.deleteRest')}</li>
      </ul>
      <p>{t('campaigns.trash.deleteKeeps')}</p>
      <p className="strong">{t('campaigns.trash.cannotUndo')}</p>
    </ConfirmDialog>
  );
}
