import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/error-text/error-catalog';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText, messageText, withAppName } from './error-text';
import { useDisguised } from './preferences/PreferencesContext';

/** The name errors call the app by: the neutral one under the disguise, else as the catalog says. */
function useNeutralName(): string | null {
  const { t } = useTranslation();
  return useDisguised() ? t('safety.disguise.name') : null;
}

/** Turns an IPC error into words for the current language (and the disguise's name). */
export function useErrorText(): (error: IpcError) => string {
  const { i18n } = useTranslation();
  const name = useNeutralName();
  return useCallback((error: IpcError) => withAppName(errorText(i18n.language, error), name), [i18n.language, name]);
}

/** Turns a {key, params} message (a refusal, a notice) into words for the current language. */
export function useMessageText(): (message: Message) => string {
  const { i18n } = useTranslation();
  const name = useNeutralName();
  return useCallback(
    (message: Message) => withAppName(messageText(i18n.language, message), name),
    [i18n.language, name],
  );
}
