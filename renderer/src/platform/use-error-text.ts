import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/error-text/error-catalog';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText, messageText } from './error-text';

/** Turns an IPC error into words for the current language. */
export function useErrorText(): (error: IpcError) => string {
  const { i18n } = useTranslation();
  return useCallback((error: IpcError) => errorText(i18n.language, error), [i18n.language]);
}

/** Turns a {key, params} message (a refusal, a notice) into words for the current language. */
export function useMessageText(): (message: Message) => string {
  const { i18n } = useTranslation();
  return useCallback((message: Message) => messageText(i18n.language, message), [i18n.language]);
}
