import { z } from 'zod';
import { LANGS } from './lang-codes';

export { isLang, LANGS, type Lang } from './lang-codes';

export const langSchema = z.enum(LANGS);
