import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';

/** Marks one follow-up done today: reads the campaign as the vault has it now and saves its engagements. */
export async function markFollowUpDone(
  campaignId: string,
  engagementId: string,
  followUpId: string,
  today: string,
): Promise<IpcError | null> {
  const got = await harbor.campaign.get({ id: campaignId });
  if (!got.ok) return got.error;
  const engagements = got.value.engagements.map((e) =>
    e.id !== engagementId
      ? e
      : { ...e, followUps: e.followUps.map((f) => (f.id === followUpId ? { ...f, doneOn: today } : f)) },
  );
  const saved = await harbor.campaign.save({ id: campaignId, edit: { engagements } });
  return saved.ok ? null : saved.error;
}
