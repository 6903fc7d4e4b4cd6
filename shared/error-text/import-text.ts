import { defineErrorText } from './define-error-text';

/** Importing a file (.txt, .md, .html, .docx) as a new story. */
export const importText = defineErrorText({
  en: {
    unsupported: 'Harbor can open .txt, .md, .html and .docx files.',
    tooLarge: 'That file is larger than {{limitMiB}} MB. Harbor can import smaller files.',
    unpackedTooLarge:
      'That .docx file unpacks to more than {{limitMiB}} MB, far more than any story needs. Nothing was added.',
    tooLong: 'That file holds more than Harbor can keep in one story. Try splitting it into parts.',
    tooDemanding:
      'Harbor stopped reading that file: it needed far more memory or time than a story does. Nothing was added. If it is your own document, try saving it again as plain text (.txt).',
    tooDeep: 'That file is nested too deeply for Harbor to import.',
    unreadableDocx:
      "Harbor couldn't read that .docx file. It may be damaged, or it may not be a Word document. Saving it again from your word processor may help.",
    // Not an error: said after the story is made, so the person knows what is not in it.
    hiddenTextDropped:
      'Harbor left out hidden text from the Word file: {{words}} words ({{characters}} characters). Hidden text does not show in Word, so it is not added to your story. If you want it, unhide it in Word and import the file again.',
  },
  es: {
    unsupported: 'Harbor puede abrir archivos .txt, .md, .html y .docx.',
    tooLarge: 'Ese archivo ocupa más de {{limitMiB}} MB. Harbor puede importar archivos más pequeños.',
    unpackedTooLarge:
      'Ese archivo .docx se descomprime en más de {{limitMiB}} MB, mucho más de lo que necesita una historia. No se añadió nada.',
    tooDemanding:
      'Harbor dejó de leer ese archivo: necesitaba mucha más memoria o tiempo que una historia. No se añadió nada. Si es tu propio documento, prueba a guardarlo de nuevo como texto sin formato (.txt).',
    tooLong:
      'Ese archivo contiene más de lo que Harbor puede guardar en una sola historia. Prueba a dividirlo en partes.',
    tooDeep: 'Ese archivo tiene demasiados niveles anidados para que Harbor pueda importarlo.',
    unreadableDocx:
      'Harbor no pudo leer ese archivo .docx. Puede que esté dañado o que no sea un documento de Word. Puede ayudar guardarlo de nuevo desde tu procesador de textos.',
    hiddenTextDropped:
      'Harbor dejó fuera texto oculto del archivo de Word: {{words}} palabras ({{characters}} caracteres). El texto oculto no se ve en Word, así que no se añade a tu historia. Si lo quieres, muéstralo en Word e importa el archivo de nuevo.',
  },
});
