import { describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../../shared/error-text/error-catalog';
import { HarborError } from '../../../shared/errors';
import { BUILT_IN_TEMPLATES, parseTemplateFile, templateToFile } from '../../../shared/templates';
import type { Template } from '../../../shared/templates/template-schema';

/**
 * What the template schema says is wrong is a catalog key, so a person importing a broken template
 * file reads why in their own language, not zod's English or ours.
 */
const builtIn = BUILT_IN_TEMPLATES.find((t) => t.fields.length > 0)!;

function refusedWith(template: unknown): HarborError {
  try {
    parseTemplateFile(templateToFile(template as Template));
  } catch (error) {
    expect(error).toBeInstanceOf(HarborError);
    return error as HarborError;
  }
  throw new Error('the template was accepted');
}

describe('a template file the schema refuses says why, in each language', () => {
  it.each([
    ['an id with capitals', { ...builtIn, id: 'My-Template' }, 'testimony.templateIdForm'],
    [
      'a section id with a space',
      { ...builtIn, sections: [{ ...builtIn.sections[0]!, id: 'two words' }] },
      'testimony.sectionIdForm',
    ],
    [
      'two sections with one id',
      { ...builtIn, sections: [builtIn.sections[0]!, builtIn.sections[0]!] },
      'testimony.sectionIdTwice',
    ],
    ['one field twice', { ...builtIn, fields: [builtIn.fields[0]!, builtIn.fields[0]!] }, 'testimony.fieldTwice'],
    ['one format twice', { ...builtIn, formats: ['pdf', 'pdf'] }, 'testimony.formatTwice'],
  ] as const)('%s', (_name, template, key) => {
    const error = refusedWith(template);
    expect(error.code).toBe('invalid_input');
    expect(error.messageKey).toBe(key);
    expect(error.message).toBe(formatErrorMessage('en', key));
    expect(formatErrorMessage('es', key)).toMatch(/^Esta plantilla no se puede usar: /);
  });

  it('a problem the schema does not name still says where it is', () => {
    const error = refusedWith({ ...builtIn, sections: [{ ...builtIn.sections[0]!, title: 42 }] });
    expect(error.messageKey).toBe('testimony.templateUnusableAt');
    expect(error.params).toEqual({ where: 'sections[0].title' });
  });
});
