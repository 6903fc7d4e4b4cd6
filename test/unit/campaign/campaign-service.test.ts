import { describe, expect, it } from 'vitest';
import { createCampaignService } from '../../../electron/campaigns';
import { HarborError } from '../../../shared/errors';
import { FakeVault } from '../../support/fake-vault';

function setup() {
  const vault = new FakeVault();
  let t = Date.parse('2027-01-01T10:00:00Z');
  const now = () => new Date((t += 1000));
  return { vault, campaigns: createCampaignService(vault, { now }) };
}

async function refusal(work: Promise<unknown>): Promise<HarborError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarborError);
  return error as HarborError;
}

describe('campaign service', () => {
  it('creates a campaign in the vault as its own kind and reads it back', async () => {
    const { vault, campaigns } = setup();
    const c = await campaigns.create({ title: 'Safe Harbor', policyAsk: 'Vacate convictions', jurisdiction: 'uk' });
    expect(vault.items.get(c.id)!.kind).toBe('campaign');
    expect(await campaigns.get(c.id)).toEqual(c);
    expect(c.asks).toEqual([]);
  });

  it('saves edits as new revisions, skips a save that changes nothing, lists newest first', async () => {
    const { campaigns } = setup();
    const a = await campaigns.create({ title: 'A' });
    const b = await campaigns.create({ title: 'B' });
    const saved = await campaigns.save(a.id, { asks: [{ id: 'ask-1', text: 'Pass SB 12', reason: 'Because' }] });
    expect(saved.revision).toBe(2);
    expect((await campaigns.save(a.id, { title: 'A' })).revision).toBe(2);
    expect((await campaigns.list()).map((s) => [s.title, s.openFollowUps])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
    expect((await campaigns.get(b.id)).title).toBe('B');
  });

  it('refuses a save that breaks the campaign’s rules and keeps what was there', async () => {
    const { campaigns } = setup();
    const c = await campaigns.create({ title: 'A' });
    const error = await refusal(
      campaigns.save(c.id, {
        bills: [
          {
            id: 'bill-1',
            number: 'SB 1',
            title: '',
            sponsor: '',
            steps: [
              { id: 'st-1', kind: 'died', date: '2027-05-01', chamber: null, note: '', amendments: [] },
              { id: 'st-2', kind: 'signed', date: '2027-06-01', chamber: null, note: '', amendments: [] },
            ],
          },
        ],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.messageKey).toBe('campaign.stepAfterFinal');
    expect((await campaigns.get(c.id)).bills).toEqual([]);
  });

  it('deletes only from the trash, and hides trashed campaigns from the list', async () => {
    const { vault, campaigns } = setup();
    const c = await campaigns.create({ title: 'A' });
    expect((await refusal(campaigns.destroy(c.id))).messageKey).toBe('campaign.notInTrash');
    await campaigns.setTrashed(c.id, true);
    expect(await campaigns.list()).toEqual([]);
    expect(await campaigns.list({ includeTrashed: true })).toHaveLength(1);
    await campaigns.destroy(c.id);
    expect(vault.items.has(c.id)).toBe(false);
    expect((await refusal(campaigns.get(c.id))).messageKey).toBe('campaign.notFound');
  });

  it('does not read another kind of item as a campaign', async () => {
    const { vault, campaigns } = setup();
    const story = await vault.create('story', { title: 'x' });
    expect((await refusal(campaigns.get(story.id))).messageKey).toBe('campaign.notFound');
    expect((await refusal(campaigns.get('../etc'))).messageKey).toBe('campaign.notFound');
  });
});

describe('a campaign save names only what changed', () => {
  it('keeps the bills and the coalition when only the title is saved', async () => {
    const { campaigns } = setup();
    const c = await campaigns.create({
      title: 'A',
      bills: [{ id: 'bill-1', number: 'SB 1' }],
      partners: [{ id: 'ptr-1', name: 'Shelter', sector: 'service-provider' }],
    });
    await campaigns.save(c.id, { title: 'B' });
    const after = await campaigns.get(c.id);
    expect(after.title).toBe('B');
    expect(after.bills.map((b) => b.number)).toEqual(['SB 1']);
    expect(after.partners.map((p) => p.name)).toEqual(['Shelter']);
  });
});
