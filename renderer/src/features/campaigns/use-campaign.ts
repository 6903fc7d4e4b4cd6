import { useCallback, useEffect, useState } from 'react';
import type { Campaign, CampaignEdit } from '../../../../shared/campaign/campaign-data';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';

export type CampaignSave = (edit: Partial<CampaignEdit>) => Promise<IpcError | null>;

/**
 * One campaign, loaded from the vault, and a save that writes the changed parts as a new revision
 * and shows the result only once the vault accepted it (a refused rule leaves the screen as it was).
 */
export function useCampaign(id: string) {
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const load = useCallback(async () => {
    const result = await harbor.campaign.get({ id });
    if (result.ok) setCampaign(result.value);
    else setError(result.error);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const save: CampaignSave = useCallback(
    async (edit) => {
      const result = await harbor.campaign.save({ id, edit });
      if (!result.ok) return result.error;
      setCampaign((c) =>
        c ? { ...c, ...edit, revision: result.value.revision, updatedAt: result.value.updatedAt } : c,
      );
      return null;
    },
    [id],
  );

  return { campaign, error, save, reload: load };
}
