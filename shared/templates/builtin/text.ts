import type { LocalText } from '../template-schema';

/** Bilingual template text: English first, Spanish second, side by side so they stay in step. */
export const bi = (en: string, es: string): LocalText => ({ en, es });
