// What other areas use of campaigns (small on purpose: the Campaigns screens load on demand).
// The testimony and briefing builders offer a campaign's asks as the closing ask, and show the
// same readability note as the message box on each section.
export { CampaignAskPicker } from './CampaignAskPicker';
export { ReadabilityNote } from './ReadabilityNote';
