import { createContext, useContext, useEffect } from 'react';

/** The two rail items the Campaigns screens live under. */
export type CampaignRailArea = 'campaigns' | 'week';

/**
 * Lets the Campaigns screens tell the shell which rail item the screen on show belongs to: an
 * engagement opened from "This week" is a campaign's page, so "Campaigns" is then the current item.
 * The shell provides it; elsewhere (tests, other hosts) it does nothing.
 */
export const CampaignRailContext = createContext<(area: CampaignRailArea) => void>(() => undefined);

/** Marks `area` as the current rail item while this screen shows it. */
export function useCampaignRailArea(area: CampaignRailArea): void {
  const mark = useContext(CampaignRailContext);
  useEffect(() => mark(area), [mark, area]);
}
