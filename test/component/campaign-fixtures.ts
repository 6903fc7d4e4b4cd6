import { beforeAll, beforeEach } from 'vitest';
import type { BillStep, BillStepKind, Campaign, CampaignEdit, Engagement } from '../../shared/campaign/campaign-data';
import type { CampaignSave } from '../../renderer/src/features/campaigns/use-campaign';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';

/** Campaign screens are tested in English unless a test switches; each test starts in English again. */
export function useEnglishScreens(): void {
  beforeAll(() => {
    initI18n('en');
  });
  beforeEach(() => setLanguage('en'));
}

/** A campaign as the vault returns it: "Clear records", nothing in it but what the test gives. */
export function campaignOf(edit: Partial<CampaignEdit> = {}): Campaign {
  return {
    id: 'camp-0001',
    revision: 1,
    title: 'Clear records',
    policyAsk: 'Vacate convictions.',
    jurisdiction: 'us-state',
    jurisdictionName: '',
    chambers: [],
    language: 'en',
    bills: [],
    asks: [],
    partners: [],
    engagements: [],
    outcomes: [],
    excerpts: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    trashedAt: null,
    ...edit,
  };
}

/** A meeting with Sen. Rivera's office, every other field empty unless given. */
export function meetingOf(patch: Partial<Engagement> = {}): Engagement {
  return {
    id: 'meet-0001',
    kind: 'meeting',
    office: 'Sen. Rivera',
    role: '',
    date: '2026-01-01',
    time: null,
    asked: '',
    speakers: [],
    promised: '',
    askIds: [],
    billIds: [],
    sharedEntryIds: [],
    followUps: [],
    hearing: null,
    debrief: null,
    ...patch,
  };
}

/** A save that records each edit and answers as the vault would when it accepts. */
export function recordingSave(): { save: CampaignSave; edits: Partial<CampaignEdit>[] } {
  const edits: Partial<CampaignEdit>[] = [];
  return {
    edits,
    save: (edit) => {
      edits.push(edit);
      return Promise.resolve(null);
    },
  };
}

/** A bill step with no chamber, note or amendment. */
export function stepOf(id: string, kind: BillStepKind, date: string): BillStep {
  return { id, kind, date, chamber: null, note: '', amendments: [] };
}
