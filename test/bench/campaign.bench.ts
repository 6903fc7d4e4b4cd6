/**
 * The campaign dashboard with five years of work (2,000 engagements, 20 bills), in the built
 * renderer in Chromium with the real main-process handlers: from pressing "See the dashboard" to
 * the frame after all five charts are on screen. Target: under 200 ms.
 */
import { launchWithVault } from '../e2e/workspace-steps';
import { median, ms, type BenchRow } from './bench-row';

const KINDS = ['meeting', 'call', 'email', 'hearing', 'site-visit'] as const;
const RUNS = 5;

const day = (start: number, offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

function fiveYears() {
  const start = Date.UTC(2021, 0, 4);
  const engagements = Array.from({ length: 2_000 }, (_, i) => {
    const date = day(start, Math.floor((i * 1_820) / 2_000));
    const kind = KINDS[i % KINDS.length]!;
    return {
      id: `eng-${i}`,
      kind,
      office: `Office ${i % 40}`,
      date,
      followUps: [{ id: `fu-${i}`, text: 'Send the fact sheet', due: date, doneOn: i % 3 === 0 ? null : date }],
      hearing: kind === 'hearing' ? { committee: `Committee ${i % 7}` } : null,
    };
  });
  const steps = ['introduced', 'referred', 'hearing', 'committee-vote', 'floor-vote'] as const;
  const bills = Array.from({ length: 20 }, (_, b) => ({
    id: `bill-${b}`,
    number: `SB ${100 + b}`,
    steps: steps.map((kind, s) => ({ id: `step-${b}-${s}`, kind, date: day(start, b * 90 + s * 20) })),
  }));
  const asks = [1, 2, 3].map((n) => ({ id: `ask-${n}`, text: `Ask ${n}` }));
  const outcomes = [
    { id: 'out-1', date: '2023-05-01', askId: 'ask-1', result: 'won' },
    { id: 'out-2', date: '2024-05-01', askId: 'ask-2', result: 'partly' },
  ];
  return { title: 'Five years', policyAsk: 'A law.', jurisdiction: 'us-state', bills, asks, engagements, outcomes };
}

/** Plain JavaScript in a string: tsx's helpers (__name) do not exist in the page. */
const TIME_DASHBOARD = `new Promise((resolve) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'See the dashboard');
  const start = performance.now();
  button.click();
  const tick = () => {
    if (document.querySelectorAll('figure.chart').length === 5)
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export async function benchCampaign(): Promise<BenchRow[]> {
  const app = await launchWithVault();
  try {
    const { page } = app;
    const made = await page.evaluate((c) => window.harbor.campaign.create(c as never), fiveYears());
    if (!made.ok) throw new Error(`campaign:create failed: ${made.error.message}`);
    await page.getByRole('button', { name: 'Campaigns', exact: true }).click();
    await page.getByRole('button', { name: 'Five years', exact: true }).click();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('button', { name: 'See the dashboard' }).waitFor();
      times.push(await page.evaluate<number>(TIME_DASHBOARD));
      await page.getByRole('button', { name: 'Back to the campaign' }).first().click();
    }
    return [
      {
        scenario: 'campaign dashboard render, 5 years (2,000 engagements, 20 bills) (median of 5)',
        value: ms(median(times)),
        target: '< 200 ms',
      },
    ];
  } finally {
    await app.dispose();
  }
}
