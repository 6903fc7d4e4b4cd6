import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalCode } from '../../../shared/consent/check-grant';
import type { IpcError } from '../../../shared/ipc/result';

const CODES: readonly RefusalCode[] = [
  'no-grant',
  'revoked',
  'expired',
  'format-not-allowed',
  'format-not-accepted',
  'public-record-not-acknowledged',
  'source-not-covered',
  'expiry-too-far',
  'excerpt-not-allowed',
];

const isCode = (v: unknown): v is RefusalCode => typeof v === 'string' && (CODES as readonly string[]).includes(v);

/** A refusal as shown: a known code is worded by the app; anything else shows the main process's words. */
export interface ShownRefusal {
  code: string;
  message: string;
}

/** The refusal code inside a consent_refused error, wherever the main process put it. */
export function refusalOf(error: IpcError): ShownRefusal | null {
  if (error.code !== 'consent_refused') return null;
  // The pipeline sends { refusals: Refusal[] }; a bare list or one refusal is read the same way.
  const raw = error.details as { refusals?: unknown } | unknown[] | undefined;
  const details = raw && !Array.isArray(raw) && typeof raw === 'object' && 'refusals' in raw ? raw.refusals : raw;
  const first = Array.isArray(details) ? (details[0] as unknown) : details;
  if (first && typeof first === 'object') {
    const code = (first as { code?: unknown }).code;
    if (isCode(code)) return { code, message: String((first as { message?: unknown }).message ?? error.message) };
  }
  return { code: 'unknown', message: error.message };
}

/** A refusal in the app's language, saying what happened and what to do next. */
export function useRefusalText(): (refusal: ShownRefusal) => string {
  const { t } = useTranslation();
  return useCallback(
    (refusal: ShownRefusal) =>
      isCode(refusal.code)
        ? t(`consent.refusal.${refusal.code}`)
        : t('consent.refusal.unknown', { message: refusal.message }),
    [t],
  );
}
