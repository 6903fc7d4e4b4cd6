import { defineErrorText } from './define-error-text';

/** Stories: the story service's refusals, and what is wrong with a story's title, tags, versions or content. */
export const storyText = defineErrorText({
  en: {
    notFound: "That story isn't in this vault.",
    notInTrash: 'Only a story in the Trash can be deleted for good. Move it to the Trash first.',
    unreadable: "This story was saved in a form Harbor can't read, so Harbor left it as it is.",

    // Input the story service refuses (story-inputs.ts).
    notStorable: "That isn't something Harbor can keep in a story.",
    changeNotUnderstood: 'Harbor got a change to a story that it does not understand.',
    titleNotStorable: "The story's title isn't in a form Harbor can keep.",
    tagsNotStorable: "The story's tags isn't in a form Harbor can keep.",
    // `field` is the name of an input field (e.g. revisionName), never a word meant for the person.
    fieldNotStorable: "The story's {{field}} isn't in a form Harbor can keep.",

    // Schema messages (story-data.ts, story-inputs.ts); `max` is the schema's own limit.
    titleTooLong: 'A title can be at most {{max}} characters long.',
    tagEmpty: 'A tag cannot be empty.',
    tagTooLong: 'A tag can be at most {{max}} characters long.',
    tooManyTags: 'A story can have at most {{max}} tags.',
    versionNameEmpty: 'A version name cannot be empty.',
    versionNameTooLong: 'A version name can be at most {{max}} characters long.',
    versionNumberInvalid: "That version number isn't one Harbor can use.",

    // A story's content (doc-schema.ts, doc-bounds.ts). `where` is a path such as content.0.content.
    contentNotStorable: "This story's content isn't in a form Harbor can keep.",
    contentNotStorableAt: "This story's content isn't in a form Harbor can keep (at {{where}}).",
    notAStoryDoc: "This isn't a Harbor story document.",
    nestedTooDeeply: 'This story is nested more deeply than Harbor allows (more than {{maxDepth}} levels).',
    partWithoutType: 'Part of this story has no type, so Harbor cannot keep it.',
    // `name` is the unknown part's own type name, as found in the document (shortened).
    unknownPart:
      'This story has a part Harbor doesn\'t know: "{{name}}". Harbor keeps paragraphs, headings, lists, quotes, line breaks and private notes.',
    tooLong: 'This story is longer than Harbor can keep in one piece.',
    formattingUnreadable: 'Part of this story has formatting Harbor cannot read.',
    tooMuchFormatting: 'Part of this story has more formatting than Harbor allows.',
    unknownFormatting:
      'This story has formatting Harbor doesn\'t know: "{{name}}". Harbor keeps bold, italic, underline and marked sensitive details.',
    contentUnreadable: 'Part of this story has content Harbor cannot read.',
    tooManyParts: 'This story has more parts than Harbor can keep in one piece.',
  },
  es: {
    notFound: 'Esa historia no está en esta bóveda.',
    notInTrash:
      'Solo se puede borrar para siempre una historia que esté en la Papelera. Muévela primero a la Papelera.',
    unreadable: 'Esta historia se guardó de una forma que Harbor no puede leer, así que Harbor la dejó tal como está.',

    notStorable: 'Eso no es algo que Harbor pueda guardar en una historia.',
    changeNotUnderstood: 'Harbor recibió un cambio en una historia que no entiende.',
    titleNotStorable: 'El título de la historia no tiene una forma que Harbor pueda guardar.',
    tagsNotStorable: 'Las etiquetas de la historia no tienen una forma que Harbor pueda guardar.',
    fieldNotStorable: 'El dato «{{field}}» de la historia no tiene una forma que Harbor pueda guardar.',

    titleTooLong: 'Un título puede tener como máximo {{max}} caracteres.',
    tagEmpty: 'Una etiqueta no puede estar vacía.',
    tagTooLong: 'Una etiqueta puede tener como máximo {{max}} caracteres.',
    tooManyTags: 'Una historia puede tener como máximo {{max}} etiquetas.',
    versionNameEmpty: 'El nombre de una versión no puede estar vacío.',
    versionNameTooLong: 'El nombre de una versión puede tener como máximo {{max}} caracteres.',
    versionNumberInvalid: 'Ese número de versión no es uno que Harbor pueda usar.',

    contentNotStorable: 'El contenido de esta historia no tiene una forma que Harbor pueda guardar.',
    contentNotStorableAt: 'El contenido de esta historia no tiene una forma que Harbor pueda guardar (en {{where}}).',
    notAStoryDoc: 'Esto no es un documento de historia de Harbor.',
    nestedTooDeeply: 'Esta historia tiene más niveles anidados de los que Harbor permite (más de {{maxDepth}}).',
    partWithoutType: 'Una parte de esta historia no tiene tipo, así que Harbor no puede guardarla.',
    unknownPart:
      'Esta historia tiene una parte que Harbor no conoce: «{{name}}». Harbor guarda párrafos, títulos, listas, citas, saltos de línea y notas privadas.',
    tooLong: 'Esta historia es más larga de lo que Harbor puede guardar en una sola pieza.',
    formattingUnreadable: 'Una parte de esta historia tiene un formato que Harbor no puede leer.',
    tooMuchFormatting: 'Una parte de esta historia tiene más formato del que Harbor permite.',
    unknownFormatting:
      'Esta historia tiene un formato que Harbor no conoce: «{{name}}». Harbor guarda negrita, cursiva, subrayado y detalles marcados como sensibles.',
    contentUnreadable: 'Una parte de esta historia tiene contenido que Harbor no puede leer.',
    tooManyParts: 'Esta historia tiene más partes de las que Harbor puede guardar en una sola pieza.',
  },
});
