import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../shared/campaign/campaign-views';
import { ok } from '../../shared/ipc/result';
import { AppShell } from '../../renderer/src/app/shell/AppShell';
import { PreferencesProvider } from '../../renderer/src/platform/preferences/PreferencesContext';
import { todayIso } from '../../renderer/src/ui/today';
import { campaignOf, meetingOf, useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';
import { useLoadedScreens } from './lazy-screens';

useLoadedScreens();
useEnglishScreens();

const campaign = campaignOf({
  policyAsk: '',
  engagements: [
    meetingOf({ followUps: [{ id: 'f-0001', text: 'Send the fact sheet', due: todayIso(), doneOn: null }] }),
  ],
});

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
