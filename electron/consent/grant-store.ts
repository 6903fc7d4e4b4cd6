import { HarborError } from '../../shared/errors';
import {
  DEFAULT_GRANT_DAYS,
  MAX_GRANT_DAYS,
  daysBetween,
  grantSchema,
  grantTermsSchema,
  isLegislative,
  type ConsentGrant,
  type GrantTerms,
} from '../../shared/consent';
import { addDays, latestExpiry } from '../../shared/consent/grant-draft';
import { consentDay, isPastLastDay, today } from '../../shared/core/dates';
import type { OpenVault } from '../vault/types';

type GrantData = Omit<ConsentGrant, 'id'>;

/** The default expiry: one year from today (the survivor can shorten it, or extend it to three). */
export function defaultExpiry(now = new Date()): string {
  return addDays(
    today(() => now),
    DEFAULT_GRANT_DAYS,
  );
}

/** `createdAt`: an edited grant still ends at most three years after it was first given (as checkGrant holds it). */
function validateTerms(terms: GrantTerms, now: Date, createdAt = now.toISOString()): GrantTerms {
  const result = grantTermsSchema.safeParse(terms);
  if (!result.success) throw new HarborError('invalid_input', 'consent.termsInvalid');
  const parsed = result.data;
  if (isPastLastDay(parsed.expiresOn, now)) {
    throw new HarborError('invalid_input', 'consent.endDateInPast');
  }
  // The same three years the form allows, and never a count that is not finite.
  const days = daysBetween(createdAt, parsed.expiresOn);
  if (!(days <= MAX_GRANT_DAYS) || parsed.expiresOn > latestExpiry(consentDay(new Date(createdAt)))) {
    throw new HarborError('invalid_input', 'consent.tooLong');
  }
  if (isLegislative(parsed.audience.kind) && !parsed.publicRecordAcknowledged) {
    throw new HarborError('invalid_input', 'consent.publicRecordUnconfirmed');
  }
  return parsed;
}

/** Consent grants, stored encrypted in the vault like everything else. */
export function createGrantStore(vault: OpenVault, clock: () => Date = () => new Date()) {
  const load = (id: string, data: unknown): ConsentGrant => grantSchema.parse({ ...(data as object), id });

  return {
    async create(sourceIds: string[], terms: GrantTerms): Promise<ConsentGrant> {
      const now = clock();
      const data: GrantData = {
        ...validateTerms(terms, now),
        sourceIds: [...new Set(sourceIds)],
        createdAt: now.toISOString(),
        revoked: null,
      };
      const record = await vault.create<GrantData>('grant', data);
      return load(record.id, record.data);
    },

    async get(id: string): Promise<ConsentGrant> {
      const notFound = () => new HarborError('not_found', 'consent.notFound');
      const record = await vault.get<GrantData>(id).catch((error: unknown) => {
        throw error instanceof HarborError && error.code === 'not_found' ? notFound() : error;
      });
      if (record.kind !== 'grant') throw notFound();
      return load(record.id, record.data);
    },

    async list(sourceId?: string): Promise<ConsentGrant[]> {
      const records = await vault.list<GrantData>('grant');
      return records
        .map((r) => load(r.id, r.data))
        .filter((g) => !sourceId || g.sourceIds.includes(sourceId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async update(id: string, terms: GrantTerms): Promise<ConsentGrant> {
      const current = await this.get(id);
      if (current.revoked) throw new HarborError('forbidden', 'consent.withdrawnUnchangeable');
      const { id: _id, ...rest } = current;
      const next: GrantData = { ...rest, ...validateTerms(terms, clock(), current.createdAt) };
      const record = await vault.put<GrantData>(id, next);
      return load(record.id, record.data);
    },

    async revoke(id: string, reason: string): Promise<ConsentGrant> {
      const current = await this.get(id);
      if (current.revoked) return current;
      const { id: _id, ...rest } = current;
      const record = await vault.put<GrantData>(id, {
        ...rest,
        revoked: { at: clock().toISOString(), reason: reason.slice(0, 1000) },
      });
      return load(record.id, record.data);
    },
  };
}

export type GrantStore = ReturnType<typeof createGrantStore>;
