import { z } from 'zod';
import { langSchema } from './core/languages';
import { defaultPreferences } from './preferences-defaults';

/**
 * Non-secret preferences only. Nothing here may name or describe a story: the preferences file is
 * readable by anyone with access to the computer. Bounds keep a hand-edited file from breaking the app.
 */
export const preferencesSchema = z.object({
  language: langSchema.default('en'),
  theme: z.enum(['system', 'light', 'dark', 'high-contrast']).default('system'),
  textScale: z.number().min(0.8).max(2).default(1),
  autoLockMinutes: z.number().int().min(1).max(240).default(5),
  /** Lock when Harbor has not had focus for this many seconds; null (the default) is off. */
  lockOnBlurSeconds: z.number().int().min(5).max(3600).nullable().default(null),
  /** What quick exit does once Harbor is locked. */
  quickExitAction: z.enum(['neutral', 'minimize', 'close']).default('neutral'),
  quickExitShortcut: z.enum(['triple-escape', 'ctrl-shift-q', 'off']).default('triple-escape'),
  /** Show a neutral name ("Notes") and icon in the window title and on the lock screen. */
  disguise: z.boolean().default(false),
  windowBounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(400).max(20000),
      height: z.number().int().min(300).max(20000),
    })
    .nullable()
    .default(null),
});

export type Preferences = z.infer<typeof preferencesSchema>;
export { defaultPreferences };

/**
 * What the renderer may change; window bounds belong to the shell. The defaults are taken off each
 * field first: zod 4 applies a default even inside .partial(), which would turn `{ theme }` into a
 * patch that resets every other setting.
 */
const { windowBounds: _bounds, ...changeable } = preferencesSchema.shape;
export const preferencesPatchSchema = z
  .object({
    language: changeable.language.unwrap().optional(),
    theme: changeable.theme.unwrap().optional(),
    textScale: changeable.textScale.unwrap().optional(),
    autoLockMinutes: changeable.autoLockMinutes.unwrap().optional(),
    lockOnBlurSeconds: changeable.lockOnBlurSeconds.unwrap().optional(),
    quickExitAction: changeable.quickExitAction.unwrap().optional(),
    quickExitShortcut: changeable.quickExitShortcut.unwrap().optional(),
    disguise: changeable.disguise.unwrap().optional(),
  })
  .strict();
// Fails to compile when a setting is added above but not here.
type Unlisted = Exclude<keyof typeof changeable, keyof typeof preferencesPatchSchema.shape>;
const everySettingPatchable: [Unlisted] extends [never] ? true : Unlisted = true;
void everySettingPatchable;
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/** Accepts whatever is on disk; anything invalid falls back to its default rather than failing. */
export function normalisePreferences(raw: unknown): Preferences {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(preferencesSchema.shape) as (keyof Preferences)[]) {
    const field = preferencesSchema.shape[key].safeParse(source[key]);
    result[key] = field.success ? field.data : defaultPreferences[key];
  }
  return result as Preferences;
}
