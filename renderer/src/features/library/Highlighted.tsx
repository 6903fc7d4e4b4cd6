import { splitForHighlight } from './highlight';

/** A search snippet with its matched words in <mark>; every part is a React text node, never HTML. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>{splitForHighlight(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}
