/** UI words by locale key, from the same resources the app ships, so one spec runs in each language. */
import type { Language } from '../../renderer/src/i18n/i18n';
import { resources } from '../../renderer/src/i18n/resources';

export type { Language };

export function words(language: Language) {
  return (key: string, vars: Record<string, string | number> = {}): string => {
    let node: unknown = resources[language].translation;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`No ${language} text for ${key}`);
    // `{{app}}` is the app's name as i18n fills it by default (the disguise is off in these specs).
    const all: Record<string, string | number> = { app: 'Harbor', ...vars };
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(all[name] ?? ''));
  };
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
