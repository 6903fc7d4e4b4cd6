/**
 * Recovery keys are long; shown in short groups they are easier to copy by hand without mistakes.
 * A key that already has separators keeps its own groups; otherwise it is cut into groups of four.
 */
export function groupRecoveryKey(key: string, size = 4): string[] {
  const trimmed = key.trim();
  if (/[\s-]/.test(trimmed)) return trimmed.split(/[\s-]+/).filter(Boolean);
  const groups: string[] = [];
  for (let i = 0; i < trimmed.length; i += size) groups.push(trimmed.slice(i, i + size));
  return groups;
}

/** What the person typed, tidied: surrounding space removed and inner runs of space made single. */
export function tidyRecoveryKeyInput(input: string): string {
  return input.trim().replace(/\s+/g, ' ');
}

/** Harbor recovery keys are 32 letters and numbers (8 groups of 4); see docs/vault-format.md. */
export const RECOVERY_KEY_CHARACTERS = 32;

/**
 * True when what was typed has the right number of letters and numbers once spaces and dashes are
 * set aside, so an incomplete key is pointed out here instead of being sent to the main process.
 */
export function recoveryKeyLooksComplete(input: string): boolean {
  const cleaned = input.replace(/[\s\-–—_.]/g, '');
  return cleaned.length === RECOVERY_KEY_CHARACTERS && /^[0-9A-Za-z]+$/.test(cleaned);
}
