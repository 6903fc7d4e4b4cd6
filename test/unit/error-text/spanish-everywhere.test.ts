import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import type { HandlerTable } from '../../../electron/ipc/handler-table';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { activeItemsPath } from '../../../electron/vault/testing';
import { errorText, messageText } from '../../../renderer/src/platform/error-text';
import { checkGrant, type Refusal } from '../../../shared/consent/check-grant';
import type { ConsentGrant } from '../../../shared/consent/grant';
import { ERROR_TEXT } from '../../../shared/error-text/error-catalog';
import { HarborError } from '../../../shared/errors';
import { failWith, type IpcError } from '../../../shared/ipc/result';
import { checkBriefingExcerpts, type BriefingExcerpt } from '../../../shared/share/check-excerpts';
import type { ShareTerms } from '../../../shared/share/share-terms';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates';
import { newVault, removeTempDirs } from '../vault/helpers';

afterEach(removeTempDirs);

/**
 * A Spanish-speaking person never reads an English sentence, whichever layer said no: the consent
 * check, a shared excerpt's terms, or the request schema. Each path is worded as the app words it,
 * with Spanish selected, and no fixed piece of any English message may appear in it.
 */
const englishPieces = Object.values(ERROR_TEXT)
  .flatMap((area) => Object.values(area.en as Record<string, string>))
  .flatMap((text) => text.split(/\{\{\w+\}\}/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.split(/\s+/).length >= 3);

function expectSpanish(text: string) {
  expect(text.trim()).not.toBe('');
  for (const piece of englishPieces) expect(text, `English "${piece}" in: ${text}`).not.toContain(piece);
}

const grant = (patch: Partial<ConsentGrant> = {}): ConsentGrant => ({
  id: 'grant-0001',
  sourceIds: ['story-0001'],
  createdAt: '2027-01-01T10:00:00.000Z',
  audience: { kind: 'legislative-committee', name: 'Senate Judiciary' },
  purpose: 'The hearing on SB 123',
  identity: { mode: 'initials' },
  redact: { categories: ['person'], keep: [] },
  formats: ['docx'],
  expiresOn: '2027-06-01',
  note: '',
  publicRecordAcknowledged: true,
  coverNote: false,
  revoked: null,
  ...patch,
});

function refusedWith(refusals: Refusal[]): IpcError {
  const result = failWith(
    new HarborError('consent_refused', { key: 'consent.refused', params: { reasons: 'English' } }, { refusals }),
  );
  if (result.ok) throw new Error('a failure was expected');
  return result.error;
}

describe('with Spanish selected, no English sentence reaches the person', () => {
  it('from the consent check: every reason it can give', () => {
    const all = [
      ...checkGrant(null, { format: 'docx', sourceIds: ['story-0001'], today: '2027-02-01' }),
      ...checkGrant(
        grant({
          revoked: { at: '2027-01-20T10:00:00.000Z', reason: '' },
          publicRecordAcknowledged: false,
          expiresOn: '2031-01-01',
        }),
        { format: 'pdf', sourceIds: ['story-0001', 'story-0002', 'story-0003'], today: '2032-02-01' },
      ),
      ...checkGrant(grant(), { format: 'docx', sourceIds: ['story-0009'], today: '2027-02-01' }),
    ];
    expect(new Set(all.map((r) => r.code))).toEqual(
      new Set([
        'no-grant',
        'revoked',
        'expired',
        'expiry-too-far',
        'format-not-allowed',
        'public-record-not-acknowledged',
        'source-not-covered',
      ]),
    );
    for (const refusal of all) expectSpanish(errorText('es', refusedWith([refusal])));
    // Checked the other way too: the same refusals in English are the command line's sentences.
    expect(errorText('en', refusedWith([all[0]!]))).toBe(
      'There is no consent for this export. Choose or create one first.',
    );
  });

  it('from a shared excerpt’s terms: every reason, untitled stories included', () => {
    const terms = (patch: Partial<ShareTerms> = {}) =>
      ({
        audience: { kind: 'advocacy-organization', name: 'Hope House' },
        purpose: 'A press release',
        identityMode: 'anonymous',
        attribution: '',
        formats: ['pdf'],
        expiresOn: '2027-01-10',
        ...patch,
      }) as ShareTerms;
    const excerpt = (id: string, t: ShareTerms | null, revokedAt: string | null = null): BriefingExcerpt => ({
      id,
      sharedStoryId: `shared-${id}`,
      sourceLabel: 'Shared story',
      untitled: true,
      terms: t,
      revokedAt,
    });
    const found = checkBriefingExcerpts(
      [excerpt('a', null), excerpt('b', terms(), '2027-01-05T00:00:00Z'), excerpt('c', terms())],
      { audienceKind: 'legislative-committee', purpose: 'The hearing', format: 'docx', today: '2027-02-01' },
    );
    expect(new Set(found.map((r) => r.code))).toEqual(
      new Set(['missing', 'revoked', 'expired', 'audience', 'purpose', 'format']),
    );
    const refusals: Refusal[] = found.map((r) => ({
      code: 'excerpt-not-allowed',
      message: r.message,
      excerpt: {
        excerptId: r.excerptId,
        excerptNumber: r.excerptNumber,
        sharedStoryId: r.sharedStoryId,
        reason: r.code,
      },
    }));
    const spanish = errorText('es', refusedWith(refusals));
    expect(spanish.split('\n')).toHaveLength(refusals.length);
    expect(spanish).toContain('«Historia compartida»');
    expectSpanish(spanish);
  });

  it('from the request schema: a bad id, a bad date, a missing passphrase, a stray field', async () => {
    const dispatch = createDispatch({} as HandlerTable);
    const bad: [string, unknown][] = [
      ['story:get', { id: '../../etc/passwd' }],
      ['consent:update', { id: 'grant-0001', terms: { expiresOn: '2027-02-30' } }],
      ['vault:unlock', { passphrase: '' }],
      ['vault:create', { passphrase: 'short', recoveryKey: false }],
      ['share:import', { base64: '', shareCode: '' }],
      ['prefs:set', { theme: 'dark', nodeIntegration: true }],
      ['template:delete', { id: 'NOT A TEMPLATE' }],
      ['no:such-channel', {}],
    ];
    for (const [channel, payload] of bad) {
      const result = await dispatch(channel, payload);
      expect(result.ok, channel).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expectSpanish(errorText('es', result.error));
    }
  });

  it('from the template and testimony schemas: the problems they name themselves', async () => {
    const dispatch = createDispatch({} as HandlerTable);
    const template = BUILT_IN_TEMPLATES[0]!;
    const bad: [string, unknown, string][] = [
      ['template:save', { template: { ...template, id: 'Not An Id' } }, 'testimony.templateIdForm'],
      [
        'template:save',
        { template: { ...template, sections: [template.sections[0], template.sections[0]] } },
        'testimony.sectionIdTwice',
      ],
      ['template:save', { template: { ...template, formats: ['docx', 'docx'] } }, 'testimony.formatTwice'],
      [
        'testimony:save',
        { id: '0123456789abcdef0123456789abcdef', edit: { metadata: { position: 'maybe' } } },
        'testimony.positionUnknown',
      ],
    ];
    for (const [channel, payload, key] of bad) {
      const result = await dispatch(channel, payload);
      if (result.ok) throw new Error(`${channel} was accepted`);
      expect(result.error.messageKey, key).toBe(key);
      expectSpanish(errorText('es', result.error));
    }
  });

  it('from a failure in this window that has no message key', () => {
    expectSpanish(errorText('es', { code: 'internal', message: 'TypeError: x is undefined' }));
  });

  it('from the integrity check: every problem verify() can report', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { title: 'a' });
    await vault.put(a.id, { title: 'a2' });
    await vault.writeCache('story-summaries', { v: 1 });
    const items = activeItemsPath(vault);
    const edit = async (file: string, change: (bytes: Buffer) => void) => {
      const bytes = await fs.readFile(file);
      change(bytes);
      await fs.writeFile(file, bytes);
    };
    await edit(path.join(items, a.id, '0000000002'), (b) => void (b[4] = b[4]! + 1));
    await edit(path.join(items, a.id, '0000000001'), (b) => void (b[b.length - 3]! ^= 0x01));
    const [cache] = (await fs.readdir(items)).filter((n) => /^[0-9a-f]{40}$/.test(n));
    await edit(path.join(items, cache!), (b) => void (b[b.length - 1]! ^= 0x01));
    const header = path.join(dir, 'vault.json');
    const original = await fs.readFile(header, 'utf8');
    const mac = (JSON.parse(original) as { mac: string }).mac;
    await fs.writeFile(header, original.replace(mac, Buffer.alloc(32, 7).toString('base64')));
    const changed = (await vault.verify()).damaged.filter((d) => d.itemId === 'vault.json');
    await fs.writeFile(header, 'not a header');
    const damaged = [...changed, ...(await vault.verify({ caches: ['story-summaries'] })).damaged];
    const problems = damaged.map((d) => d.problem);
    expect(new Set(problems.map((p) => p.key))).toEqual(
      new Set(Object.keys(ERROR_TEXT.integrity.en).map((key) => `integrity.${key}`)),
    );
    for (const problem of problems) expectSpanish(messageText('es', problem));
    expect(
      messageText(
        'en',
        problems.find((p) => p.key === 'integrity.notAuthentic')!,
      ),
    ).toBe('damaged or changed outside Harbor (it does not authenticate)');
    await vault.close();
  });
});
