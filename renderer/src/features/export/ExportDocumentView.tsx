import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, ExportDocument, InlineRun, TableBlock } from '../../../../shared/export/export-document';
import { PODIUM_BODY_PT, PODIUM_LINE_HEIGHT, TIME_MARK_PT } from '../../../../shared/export/podium';
import { PreviewTable } from './PreviewTable';
import './export-flow.css';

/** The preview marks what the transform changed on each run; the files never carry it. */
export type PreviewRun = InlineRun & { change?: 'redacted' | 'identity' };

/** The page's heading for a document heading: the preview sits under the page's h1 and h2. */
const headingTag = (level: number) => (level === 1 ? 'h3' : level === 2 ? 'h4' : 'h5');

/**
 * For each chart table of the document, the heading level its title takes: one below the section
 * heading (level 1) it sits in, so a screen reader's outline has the chart inside its section. A
 * chart after a section's sub-headings (the bills' timeline after each bill's own heading) sums the
 * whole section, so it sits beside those sub-headings, not inside the last one. Before any
 * heading, a chart is a section of its own.
 */
function chartLevels(blocks: readonly Block[]): Map<Block, ChartHeadingLevel> {
  const out = new Map<Block, ChartHeadingLevel>();
  let section = 2;
  for (const b of blocks) {
    if (b.type === 'heading' && b.level === 1 && !b.timeMark) section = Number(headingTag(1).slice(1));
    if (b.type === 'table' && b.chart) out.set(b, (section + 1) as ChartHeadingLevel);
  }
  return out;
}

/** A chart title's heading level (h3 to h6). */
export type ChartHeadingLevel = 3 | 4 | 5 | 6;

/**
 * The document exactly as the file will hold it, every redaction and identity substitution
 * highlighted. A table with a chart is drawn by `chart` when given (the campaign report's preview
 * draws the dashboard's charts, titled at `level`), else shown as its table.
 */
export function ExportDocumentView({
  document: doc,
  chart,
}: {
  document: ExportDocument;
  chart?: (table: TableBlock, level: ChartHeadingLevel) => ReactNode;
}) {
  const { t } = useTranslation();
  const levels = useMemo(() => chartLevels(doc.blocks), [doc.blocks]);

  const run = (r: PreviewRun, key: number): ReactNode => {
    const lines = r.text.split('\n');
    let out: ReactNode = lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]));
    if (r.bold) out = <strong>{out}</strong>;
    if (r.italic) out = <em>{out}</em>;
    if (r.underline) out = <u>{out}</u>;
    if (r.change === 'redacted') {
      return (
        <mark key={key} className="change change--redacted">
          {out}
          <span className="visually-hidden"> {t('consent.export.preview.redactedSr')}</span>
        </mark>
      );
    }
    if (r.change === 'identity') {
      return (
        <mark key={key} className="change change--identity">
          {out}
          <span className="visually-hidden"> {t('consent.export.preview.identitySr')}</span>
        </mark>
      );
    }
    return <span key={key}>{out}</span>;
  };
  const runs = (rs: PreviewRun[]) => rs.map(run);

  const block = (b: Block, key: number): ReactNode => {
    switch (b.type) {
      case 'paragraph':
        // dir="auto": the browser's first-strong rule, as the files use (shared/export/text-direction.ts).
        return (
          <p key={key} dir="auto">
            {runs(b.runs)}
          </p>
        );
      case 'heading': {
        // A spoken script's section start: a small cue, as the files print it, not a heading to read out.
        if (b.timeMark)
          return (
            <p key={key} className="preview-doc__time-mark" style={{ fontSize: `${TIME_MARK_PT / PODIUM_BODY_PT}em` }}>
              {runs(b.runs)}
            </p>
          );
        const Tag = headingTag(b.level);
        return (
          <Tag key={key} dir="auto">
            {runs(b.runs)}
          </Tag>
        );
      }
      case 'list': {
        const items = b.items.map((item, i) => (
          <li key={i} dir="auto">
            {item.map(block)}
          </li>
        ));
        return b.ordered ? (
          <ol key={key} start={b.start ?? 1}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
      case 'blockquote':
        return <blockquote key={key}>{b.blocks.map(block)}</blockquote>;
      case 'table':
        return b.chart && chart ? (
          <div key={key}>{chart(b, levels.get(b) ?? 3)}</div>
        ) : (
          <PreviewTable key={key} table={b} />
        );
    }
  };

  // A script for the podium at the files' size: 1rem stands for their 12 pt body (shared/export/podium.ts).
  const podium = doc.layout === 'podium';
  const podiumStyle = podium ? { fontSize: `${PODIUM_BODY_PT / 12}rem`, lineHeight: PODIUM_LINE_HEIGHT } : undefined;

  // In the order of the print page (shared/export/print-html.ts), numbering only what the files number.
  // Front-matter lines take their own direction like the body (dir="auto"), as the files do.
  return (
    <div className={podium ? 'preview-doc preview-doc--podium' : 'preview-doc'} lang={doc.language} style={podiumStyle}>
      {doc.headingBlock?.map((line, i) => (
        <p
          key={`h${i}`}
          dir="auto"
          className={
            doc.captionCentered ? 'preview-doc__heading-line preview-doc__caption' : 'preview-doc__heading-line'
          }
        >
          {line}
        </p>
      ))}
      {/* Only what the file holds: a file without a title shows none (print-html.ts, render-docx.ts). */}
      {doc.title && (
        <p className="preview-doc__title" dir="auto">
          {doc.title}
        </p>
      )}
      {doc.byline && (
        <p className="preview-doc__byline" dir="auto">
          <mark className="change change--identity">
            {doc.byline}
            <span className="visually-hidden"> {t('consent.export.preview.identitySr')}</span>
          </mark>
        </p>
      )}
      {doc.coverNote && <p className="preview-doc__cover">{doc.coverNote}</p>}
      {doc.salutation && <p dir="auto">{doc.salutation}</p>}
      <div className={doc.numberedParagraphs ? 'preview-doc__body preview-doc__body--numbered' : 'preview-doc__body'}>
        {doc.blocks.map(block)}
      </div>
      {doc.signature?.map((line, i) => (
        <p key={`s${i}`} className="preview-doc__signature" dir="auto">
          {line}
        </p>
      ))}
    </div>
  );
}
