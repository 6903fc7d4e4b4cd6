import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/campaign/campaign-data';
import type { DueItem } from '../../shared/campaign/campaign-views';
import { ok } from '../../shared/ipc/result';
import { AppShell } from '../../renderer/src/app/shell/AppShell';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { PreferencesProvider } from '../../renderer/src/platform/preferences/PreferencesContext';
import { todayIso } from '../../renderer/src/ui/today';
import { installHarbor } from './harbor-stub';
import { useLoadedScreens } from './lazy-screens';

useLoadedScreens();
beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const campaign: Campaign = {
  id: 'camp-0001',
  revision: 1,
  title: 'Clear records',
  policyAsk: '',
  jurisdiction: 'us-state',
  jurisdictionName: '',
  chambers: [],
  language: 'en',
  bills: [],
  asks: [],
  partners: [],
  engagements: [
    {
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
      followUps: [{ id: 'f-0001', text: 'Send the fact sheet', due: todayIso(), doneOn: null }],
      hearing: null,
      debrief: null,
    },
  ],
  outcomes: [],
  excerpts: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  trashedAt: null,
};

const due: DueItem[] = [
  {
    campaignId: 'camp-0001',
    campaignTitle: 'Clear records',
    engagementId: 'meet-0001',
    followUpId: 'f-0001',
    kind: 'follow-up',
    text: 'Send the fact sheet',
    due: todayIso(),
    state: 'this-week',
    days: 0,
  },
];

const current = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-current') === 'page')
    .map((b) => b.textContent);

describe('the rail follows the screen shown', () => {
  it('an engagement opened from This week marks Campaigns as current, and This week again when pressed', async () => {
    installHarbor({
      'campaign:due': () => ok(due),
      'campaign:get': () => ok(campaign),
      'campaign:list': () => ok([]),
    });
    render(
      <PreferencesProvider fallback={null}>
        <AppShell />
      </PreferencesProvider>,
    );
    await screen.findByText('Send the fact sheet');
    expect(current()).toEqual(['This week']);
    fireEvent.click(screen.getByRole('button', { name: 'Open the engagement' }));
    await screen.findByDisplayValue('Sen. Rivera');
    await waitFor(() => expect(current()).toEqual(['Campaigns']));
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'This week' }));
    await screen.findByText('Send the fact sheet');
    expect(current()).toEqual(['This week']);
  });
});
