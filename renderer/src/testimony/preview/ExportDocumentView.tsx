import type { Block, ExportDocument, InlineRun } from '../../../../shared/export/export-document';
import { normalizeExportDocument } from '../../../../shared/export/normalize-export-document';

/**
 * An ExportDocument as React elements, in the order and structure of the print page
 * (shared/export/print-html.ts): heading block, title, byline, cover note, salutation, body
 * (numbered when asked), signature. Text only, never HTML.
 */
export function ExportDocumentView({ document: input, label }: { document: ExportDocument; label: string }) {
  const doc = normalizeExportDocument(input);
  return (
    <article
      className={`export-view export-view--${doc.paper}`}
      lang={doc.language}
      aria-label={label}
      data-testid="export-view"
    >
      {doc.headingBlock && doc.headingBlock.length > 0 && (
        <header className="export-view__heading-block">
          {doc.headingBlock.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </header>
      )}
      {doc.title && <h2 className="export-view__title">{doc.title}</h2>}
      {doc.byline && <p className="export-view__byline">{doc.byline}</p>}
      {doc.coverNote && (
        <aside className="export-view__cover-note">
          <Lines text={doc.coverNote} />
        </aside>
      )}
      {doc.salutation && <p className="export-view__salutation">{doc.salutation}</p>}
      <div className={doc.numberedParagraphs ? 'export-view__body export-view__body--numbered' : 'export-view__body'}>
        {doc.blocks.map((b, i) => (
          <BlockView key={i} block={b} />
        ))}
      </div>
      {doc.signature && doc.signature.length > 0 && (
        <footer className="export-view__signature">
          {doc.signature.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </footer>
      )}
    </article>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'heading': {
      // The title is the document's first heading; sections start one level below it.
      const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1]!;
      return (
        <Tag>
          <Runs runs={block.runs} />
        </Tag>
      );
    }
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          {item.map((b, j) => (
            <BlockView key={j} block={b} />
          ))}
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'blockquote':
      return (
        <blockquote>
          {block.blocks.map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
        </blockquote>
      );
  }
}

function Runs({ runs }: { runs: InlineRun[] }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: React.ReactNode = <Lines text={run.text} />;
        if (run.underline) node = <u>{node}</u>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
}
