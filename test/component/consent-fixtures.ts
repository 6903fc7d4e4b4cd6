import { grantTermsSchema, type ConsentGrant, type GrantTerms } from '../../shared/consent/grant';
import type { ExportDocument, InlineRun } from '../../shared/export/export-document';
import type { ExportPreview, ExportRecordView } from '../../shared/ipc/contract-consent';
import { fail, ok } from '../../shared/ipc/result';
import type { Handlers } from './harbor-stub';

export const STORY_ID = 'story-consent-01';

export function terms(over: Partial<GrantTerms> = {}): GrantTerms {
  return {
    audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identity: { mode: 'initials' },
    redact: { categories: ['person', 'place', 'date', 'organization', 'contact', 'other'], keep: [] },
    formats: ['docx', 'pdf'],
    expiresOn: '2099-03-01',
    note: '',
    publicRecordAcknowledged: true,
    coverNote: false,
    ...over,
  };
}

export function grantOf(id: string, over: Partial<ConsentGrant> = {}): ConsentGrant {
  return { ...terms(), id, sourceIds: [STORY_ID], createdAt: '2098-03-01T10:00:00.000Z', revoked: null, ...over };
}

/**
 * An in-memory grant store and profile behind the consent channels, the way the main process
 * answers them (newest first, revoke keeps the grant with its date and reason).
 */
export function consentBackend(
  options: { fullName?: string; grants?: ConsentGrant[]; history?: ExportRecordView[] } = {},
) {
  let fullName = options.fullName ?? '';
  const grants: ConsentGrant[] = [...(options.grants ?? [])];
  const history: ExportRecordView[] = [...(options.history ?? [])];
  let next = 1;
  const handlers: Handlers = {
    'profile:get': () => ok({ fullName }),
    'profile:set': (req) => {
      fullName = req.fullName;
      return ok({ fullName });
    },
    'consent:list': (req) => ok(grants.filter((g) => !req?.sourceId || g.sourceIds.includes(req.sourceId))),
    'consent:create': (req) => {
      const grant: ConsentGrant = {
        ...grantTermsSchema.parse(req.terms),
        id: `grant-new-${next++}`,
        sourceIds: req.sourceIds,
        createdAt: new Date().toISOString(),
        revoked: null,
      };
      grants.unshift(grant);
      return ok(grant);
    },
    'consent:update': (req) => {
      const at = grants.findIndex((g) => g.id === req.id);
      if (at < 0) return fail('not_found', 'consent.notFound');
      grants[at] = { ...grants[at]!, ...grantTermsSchema.parse(req.terms) };
      return ok(grants[at]!);
    },
    'consent:revoke': (req) => {
      const at = grants.findIndex((g) => g.id === req.id);
      if (at < 0) return fail('not_found', 'consent.notFound');
      grants[at] = { ...grants[at]!, revoked: { at: '2098-06-01T09:00:00.000Z', reason: req.reason } };
      return ok(grants[at]!);
    },
    'history:list': () => ok(history),
  };
  return { handlers, grants, history, fullName: () => fullName };
}

/** A run the transform changed, flagged the way export:preview flags it (preview only). */
const changed = (text: string, change: 'redacted' | 'identity'): InlineRun => ({ text, change }) as InlineRun;

/** What the backend's preview holds for "I met Ana in Lima. — María": the name redacted, the author's name as initials. */
export function previewOf(over: Partial<ExportPreview> = {}): ExportPreview {
  const document: ExportDocument = {
    language: 'en',
    title: null,
    byline: 'M. R.',
    paper: 'letter',
    blocks: [
      {
        type: 'paragraph',
        runs: [
          { text: 'I met ' },
          changed('[name withheld]', 'redacted'),
          { text: ' in ' },
          changed('[place withheld]', 'redacted'),
          { text: '. Signed, ' },
          changed('M. R.', 'identity'),
        ],
      },
    ],
  };
  return {
    refusals: [],
    document,
    report: { redacted: { person: 1, place: 1 }, identityReplacements: 1, privateNotesDropped: 0 },
    suggestedFileName: 'testimony-2098-06-01.docx',
    ...over,
  };
}

export function recordOf(over: Partial<ExportRecordView> = {}): ExportRecordView {
  return {
    id: 'record-0001',
    at: '2098-06-01T10:30:00.000Z',
    grantId: 'grant-0001',
    audience: 'Senate Judiciary Committee',
    audienceKind: 'legislative-committee',
    format: 'docx',
    fileName: 'testimony-2098-06-01.docx',
    sha256: 'ab'.repeat(32),
    sourceIds: [STORY_ID],
    ...over,
  };
}
