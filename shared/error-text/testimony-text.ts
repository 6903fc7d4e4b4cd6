import { defineErrorText } from './define-error-text';

/** Testimonies and testimony templates: the builder's refusals, template files, saving a template file. */
export const testimonyText = defineErrorText({
  en: {
    notFound: 'That testimony is not in Harbor any more.',
    unreadable: 'This testimony could not be read. Check your vault in Settings (integrity check).',
    notInTrash: 'Move the testimony to the trash before deleting it for good.',

    templateNotFound: 'That template is not in Harbor any more.',
    builtInTemplateUnchangeable: 'Templates that come with Harbor cannot be changed. Duplicate it to make your own.',
    builtInTemplateUndeletable: 'Templates that come with Harbor cannot be deleted.',

    // Importing a template file (shared/templates/template-file.ts).
    templateFileEmpty: 'This file is empty.',
    templateFileTooLarge: 'This file is too large to be a Harbor template.',
    templateFileNotJson: 'This file is not a Harbor template (it is not valid JSON).',
    templateFileNotTemplate: 'This file is not a Harbor template.',
    // `where` is a path in the file (sections[0].title), the same in every language.
    templateUnusableAt: 'This template cannot be used: {{where}} is missing or not valid.',
    templateUnusable: 'This template cannot be used: it is not in a form Harbor can read.',

    // What the template and testimony schemas say is wrong (zod issues name these keys).
    templateIdForm: 'This template cannot be used: its id may have only lower-case letters, digits and dashes.',
    sectionIdForm: 'This template cannot be used: a section id may have only lower-case letters, digits and dashes.',
    sectionIdTwice: 'This template cannot be used: two of its sections have the same id.',
    fieldTwice: 'This template cannot be used: it lists one field twice.',
    formatTwice: 'This template cannot be used: it lists one format twice.',
    positionUnknown: 'Choose Support, Oppose or Neutral.',
  },
  es: {
    notFound: 'Ese testimonio ya no está en Harbor.',
    unreadable: 'No se pudo leer este testimonio. Revisa tu bóveda en Ajustes (revisión de la integridad).',
    notInTrash: 'Mueve el testimonio a la Papelera antes de borrarlo para siempre.',

    templateNotFound: 'Esa plantilla ya no está en Harbor.',
    builtInTemplateUnchangeable:
      'Las plantillas que vienen con Harbor no se pueden cambiar. Duplícala para crear la tuya.',
    builtInTemplateUndeletable: 'Las plantillas que vienen con Harbor no se pueden borrar.',

    templateFileEmpty: 'Este archivo está vacío.',
    templateFileTooLarge: 'Este archivo es demasiado grande para ser una plantilla de Harbor.',
    templateFileNotJson: 'Este archivo no es una plantilla de Harbor (no es JSON válido).',
    templateFileNotTemplate: 'Este archivo no es una plantilla de Harbor.',
    templateUnusableAt: 'Esta plantilla no se puede usar: {{where}} falta o no es válido.',
    templateUnusable: 'Esta plantilla no se puede usar: no tiene una forma que Harbor pueda leer.',

    templateIdForm:
      'Esta plantilla no se puede usar: su identificador solo puede tener letras minúsculas, números y guiones.',
    sectionIdForm:
      'Esta plantilla no se puede usar: el identificador de una sección solo puede tener letras minúsculas, números y guiones.',
    sectionIdTwice: 'Esta plantilla no se puede usar: dos de sus secciones tienen el mismo identificador.',
    fieldTwice: 'Esta plantilla no se puede usar: un campo aparece dos veces.',
    formatTwice: 'Esta plantilla no se puede usar: un formato aparece dos veces.',
    positionUnknown: 'Elige A favor, En contra o Neutral.',
  },
});
