/** The categories live with the story model (export and the identifying-detail check use them too). */
export {
  SENSITIVE_CATEGORIES,
  isSensitiveCategory,
  type SensitiveCategory,
} from '../../../../shared/story/sensitive-categories';
