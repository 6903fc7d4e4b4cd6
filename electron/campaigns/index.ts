/** Campaigns over the vault. Plain Node: no Electron. */
export { checkCampaign, createCampaignService, type CampaignService } from './campaign-service';
export {
  createCampaignReports,
  prepareCampaignReport,
  refuseExcerpts,
  renderCampaignReport,
  type CampaignReportOptions,
  type CampaignReports,
} from './campaign-report-service';
export { CAMPAIGN_TEXT_TERMS, campaignTextGate } from './report-gate';
export { campaignCalendarFile, type CalendarFile } from './calendar-file';
