import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LooseNode } from '../../../../shared/story/doc-types';

type Mark = { type: string; attrs?: Record<string, unknown> };

const asNodes = (content: unknown): LooseNode[] => (Array.isArray(content) ? (content as LooseNode[]) : []);

/** The writer's story as written, with marked details highlighted by kind and private notes shown as staying. */
export function OriginalView({ doc }: { doc: LooseNode }) {
  const { t } = useTranslation();

  const inline = (node: LooseNode, key: number): ReactNode => {
    if (node.type === 'hardBreak') return <br key={key} />;
    if (node.type !== 'text' || typeof node.text !== 'string') return null;
    const marks = (node.marks ?? []) as Mark[];
    let out: ReactNode = node.text;
    if (marks.some((m) => m.type === 'bold')) out = <strong>{out}</strong>;
    if (marks.some((m) => m.type === 'italic')) out = <em>{out}</em>;
    if (marks.some((m) => m.type === 'underline')) out = <u>{out}</u>;
    const sensitive = marks.find((m) => m.type === 'sensitive');
    if (sensitive) {
      const category = typeof sensitive.attrs?.category === 'string' ? sensitive.attrs.category : 'other';
      out = (
        <span className="sensitive" data-sensitive={category}>
          {out}
        </span>
      );
    }
    return <span key={key}>{out}</span>;
  };

  const block = (node: LooseNode, key: number): ReactNode => {
    const children = asNodes(node.content);
    switch (node.type) {
      case 'paragraph':
        return <p key={key}>{children.map(inline)}</p>;
      case 'heading': {
        const level = Number((node.attrs as { level?: unknown } | undefined)?.level) || 1;
        const Tag = level === 1 ? 'h3' : level === 2 ? 'h4' : 'h5';
        return <Tag key={key}>{children.map(inline)}</Tag>;
      }
      case 'bulletList':
        return <ul key={key}>{children.map(block)}</ul>;
      case 'orderedList':
        return <ol key={key}>{children.map(block)}</ol>;
      case 'listItem':
        return <li key={key}>{children.map(block)}</li>;
      case 'blockquote':
        return <blockquote key={key}>{children.map(block)}</blockquote>;
      case 'privateNote':
        return (
          <aside key={key} className="preview-note" aria-label={t('consent.export.preview.privateNote')}>
            <p className="preview-note__label">{t('consent.export.preview.privateNote')}</p>
            {children.map(block)}
          </aside>
        );
      default:
        return null;
    }
  };

  return <div className="preview-doc">{asNodes(doc.content).map(block)}</div>;
}
