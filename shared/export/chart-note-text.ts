import type { DocumentLanguage } from '../core/export-formats';

/**
 * What a Word report says where a chart's picture would be, when no font on the computer that
 * made it can draw some of the chart's words (electron/export/chart-png.ts): the table follows.
 */
export const CHART_NO_FONT_TEXT: Readonly<Record<DocumentLanguage, string>> = {
  en: 'The picture of this chart is left out: this computer has no font for some of its words. The table below holds all of its numbers.',
  es: 'Falta el dibujo de este gráfico: esta computadora no tiene una letra (fuente) para algunas de sus palabras. La tabla de abajo tiene todos sus números.',
};
