import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../vault/error-text';

/** Turns an IPC error into words for the current language. */
export function useErrorText(): (error: IpcError) => string {
  const { t, i18n } = useTranslation();
  return useCallback((error: IpcError) => errorText(t, i18n.language, error), [t, i18n.language]);
}
