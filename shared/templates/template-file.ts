import { isErrorMessageKey, type ErrorMessage, type PlainMessageKey } from '../error-text/error-catalog';
import { HarborError } from '../errors';
import { templateSchema, TEMPLATE_LIMITS, type Template } from './template-schema';

/**
 * Custom templates travel as JSON files. Anything else (too big, not JSON, a different shape, a
 * prototype trick) is refused with one sentence saying what is wrong; nothing in the file runs.
 */
export const TEMPLATE_FILE_FORMAT = 'harbor-testimony-template';

export function templateToFile(template: Template): string {
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, template }, null, 2)}\n`;
}

const refuse = (message: ErrorMessage) => new HarborError('invalid_input', message);

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

export function parseTemplateFile(text: string): Template {
  if (typeof text !== 'string' || text.trim() === '') throw refuse('testimony.templateFileEmpty');
  if (text.length > TEMPLATE_LIMITS.fileChars) throw refuse('testimony.templateFileTooLarge');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse('testimony.templateFileNotJson');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse('testimony.templateFileNotTemplate');
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== TEMPLATE_FILE_FORMAT || !('template' in envelope))
    throw refuse('testimony.templateFileNotTemplate');
  const parsed = templateSchema.safeParse(envelope.template);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // A problem the schema names in the catalog says what is wrong; any other, where.
    if (isErrorMessageKey(issue.message)) throw refuse(issue.message as PlainMessageKey);
    const where = issuePath(issue.path);
    // Where it is wrong, never the schema's own (English) words.
    throw refuse(where ? { key: 'testimony.templateUnusableAt', params: { where } } : 'testimony.templateUnusable');
  }
  return parsed.data;
}
