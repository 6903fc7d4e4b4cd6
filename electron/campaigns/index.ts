/** Campaigns over the vault. Plain Node: no Electron. */
export { checkCampaign, createCampaignService, type CampaignService } from './campaign-service';
