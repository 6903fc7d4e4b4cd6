/**
 * Prefix of every temporary file or directory Harbor makes (a write in progress, or one cut short):
 * recognisable beside an export as Harbor's, and safe to delete once its writer is gone. Part of the
 * vault's on-disk format too (docs/vault-format.md), which re-exports it from vault/constants.ts.
 */
export const TEMP_PREFIX = '.harbor-partial-';
/** What versions before 0.1 named them; still removed inside a vault, never in other folders. */
export const LEGACY_TEMP_PREFIX = '.tmp-';
