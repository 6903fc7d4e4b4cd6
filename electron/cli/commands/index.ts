import type { CliCommand } from '../command';

/**
 * One `harbor` command as the overview lists it. Its code is loaded only when it runs or its own
 * help is asked for, so `harbor --help` and `--version` start without the export, share, import and
 * testimony code (and the packages they need). The summary is the module's own; a test holds them equal.
 */
export interface CommandEntry {
  /** "vault init" */
  name: string;
  summary: string;
  load: () => Promise<CliCommand>;
}

/** Every command, in the order the overview lists them. A new command is one more row here. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'vault init',
    summary: 'Create a new, empty vault in a folder',
    load: async () => (await import('./vault-init')).vaultInit,
  },
  {
    name: 'vault verify',
    summary: 'Check that every saved item still authenticates',
    load: async () => (await import('./vault-verify')).vaultVerify,
  },
  {
    name: 'vault passwd',
    summary: 'Change the passphrase (and the keys)',
    load: async () => (await import('./vault-passwd')).vaultPasswd,
  },
  {
    name: 'vault rotate-keys',
    summary: 'Re-encrypt everything under new keys',
    load: async () => (await import('./vault-rotate-keys')).vaultRotateKeys,
  },
  {
    name: 'vault recover',
    summary: 'Set a new passphrase using the recovery key',
    load: async () => (await import('./vault-recover')).vaultRecover,
  },
  {
    name: 'vault backup',
    summary: 'Write the whole vault into one encrypted backup file',
    load: async () => (await import('./vault-backup')).vaultBackup,
  },
  {
    name: 'vault restore',
    summary: 'Make a vault from a backup file',
    load: async () => (await import('./vault-restore')).vaultRestore,
  },
  {
    name: 'story add',
    summary: 'Add a story from a .txt, .md, .html or .docx file',
    load: async () => (await import('./story-add')).storyAdd,
  },
  {
    name: 'story list',
    summary: 'List the stories',
    load: async () => (await import('./story-list')).storyList,
  },
  {
    name: 'story show',
    summary: 'Print one story',
    load: async () => (await import('./story-show')).storyShow,
  },
  {
    name: 'story update',
    summary: "Replace a story's text from a file (as a new version)",
    load: async () => (await import('./story-update')).storyUpdate,
  },
  {
    name: 'testimony list',
    summary: 'List the testimony documents (made in the app from templates)',
    load: async () => (await import('./testimony-list')).testimonyList,
  },
  {
    name: 'testimony new',
    summary: "Make a testimony from a template, with the builder's fields and sections from a JSON file",
    load: async () => (await import('./testimony-new')).testimonyNew,
  },
  {
    name: 'testimony show',
    summary: 'Print one testimony, section by section, with its length against its budget',
    load: async () => (await import('./testimony-show')).testimonyShow,
  },
  {
    name: 'profile set',
    summary: 'Set your own name (kept encrypted; exports show it only as each consent allows)',
    load: async () => (await import('./profile-set')).profileSet,
  },
  {
    name: 'consent add',
    summary: 'Give consent to share a story or a testimony: with whom, for what, as whom, until when',
    load: async () => (await import('./consent-add')).consentAdd,
  },
  {
    name: 'consent list',
    summary: 'List the consents given',
    load: async () => (await import('./consent-list')).consentList,
  },
  {
    name: 'consent revoke',
    summary: 'Withdraw a consent: nothing more can be exported under it',
    load: async () => (await import('./consent-revoke')).consentRevoke,
  },
  {
    name: 'export',
    summary: 'Export a story or a testimony to DOCX or PDF, as far as a consent allows',
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'share create',
    summary: 'Make an encrypted share package of a story for an advocate',
    load: async () => (await import('./share-create')).shareCreate,
  },
  {
    name: 'share import',
    summary: 'Add a story someone shared with you (read-only)',
    load: async () => (await import('./share-import')).shareImport,
  },
  {
    name: 'share list',
    summary: 'List packages you shared and stories shared with you',
    load: async () => (await import('./share-list')).shareList,
  },
  {
    name: 'share show',
    summary: 'Print a story shared with you, exactly as you may read it, with its terms',
    load: async () => (await import('./share-show')).shareShow,
  },
  {
    name: 'share revoke',
    summary: 'Withdraw a package you shared, and write the file that tells the advocate',
    load: async () => (await import('./share-revoke')).shareRevoke,
  },
  {
    name: 'share import-revocation',
    summary: "Apply a writer's withdrawal to a story they shared with you",
    load: async () => (await import('./share-import-revocation')).shareImportRevocation,
  },
  {
    name: 'share receipt',
    summary: 'Write a receipt of where a shared story was used, for its writer',
    load: async () => (await import('./share-receipt')).shareReceipt,
  },
  {
    name: 'share import-receipt',
    summary: 'Read a receipt from an advocate: where your shared words went',
    load: async () => (await import('./share-import-receipt')).shareImportReceipt,
  },
  {
    name: 'campaign list',
    summary: 'List the campaigns',
    load: async () => (await import('./campaign-list')).campaignList,
  },
  {
    name: 'campaign show',
    summary: 'Print one campaign: its ask, message box, bills, coalition and counts',
    load: async () => (await import('./campaign-show')).campaignShow,
  },
  {
    name: 'campaign new',
    summary: 'Make a campaign from a JSON file (ask, bills, message box, coalition, engagements…)',
    load: async () => (await import('./campaign-new')).campaignNew,
  },
  {
    name: 'campaign due',
    summary: 'Print the follow-ups and hearing deadlines overdue or due this week',
    load: async () => (await import('./campaign-due')).campaignDue,
  },
  {
    name: 'campaign report',
    summary: 'Write a campaign report (DOCX or PDF) for partners and funders, quoting only as consented',
    load: async () => (await import('./campaign-report')).campaignReport,
  },
];

export const AREAS = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
