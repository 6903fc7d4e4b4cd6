import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign/campaign-data';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';

type State = { status: 'idle' | 'busy' } | { status: 'saved'; fileName: string } | { status: 'error'; text: string };

/**
 * Exporting the campaign's dates to a calendar file, after saying plainly what that means: the
 * file on disk is not encrypted, and anyone with the computer can read it.
 */
export function IcsExportPage({ campaign, onBack }: { campaign: Campaign; onBack: () => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [includeDone, setIncludeDone] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });

  const run = async () => {
    setState({ status: 'busy' });
    const result = await harbor.campaign.exportIcs({ id: campaign.id, includeDone });
    if (!result.ok) return setState({ status: 'error', text: toText(result.error) });
    if (result.value.status === 'cancelled') return setState({ status: 'idle' });
    setState({ status: 'saved', fileName: result.value.value.fileName });
  };

  return (
    <FlowPage title={t('campaigns.ics.title')} backLabel={t('campaigns.backToCampaign')} onBack={onBack} dirty={false}>
      <div className="notice notice--caution">
        <p>{t('campaigns.ics.warning')}</p>
        <p>{t('campaigns.ics.whatIsIn')}</p>
      </div>
      <label className="check">
        <input type="checkbox" checked={includeDone} onChange={(e) => setIncludeDone(e.target.checked)} />
        {t('campaigns.ics.includeDone')}
      </label>
      <div role="status">
        {state.status === 'saved' && (
          <p className="notice notice--success">{t('campaigns.ics.saved', { fileName: state.fileName })}</p>
        )}
      </div>
      {state.status === 'error' && (
        <p className="error-text" role="alert">
          {state.text}
        </p>
      )}
      <FlowActions>
        <button type="button" className="button button--quiet" onClick={onBack}>
          {state.status === 'saved' ? t('campaigns.backToCampaign') : t('campaigns.cancel')}
        </button>
        {state.status !== 'saved' && (
          <button type="button" className="button" disabled={state.status === 'busy'} onClick={() => void run()}>
            {t('campaigns.ics.save')}
          </button>
        )}
      </FlowActions>
    </FlowPage>
  );
}
