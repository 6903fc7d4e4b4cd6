import { useCallback, useLayoutEffect, useRef, type Ref } from 'react';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * For fields that hold secrets (passphrases, recovery keys). React mirrors a controlled field's
 * value into its `value` attribute, which would put the secret into the page's HTML. Here the
 * field stays uncontrolled: the value is written to the DOM property only (when the field appears
 * and when the app changes it, e.g. clears it), never to an attribute. Returns a ref for the
 * field; a `forward` ref receives the element too.
 */
export function useSecretValue<T extends Field>(value: string, forward?: Ref<T>) {
  const node = useRef<T | null>(null);
  const latest = useRef(value);
  latest.current = value;

  useLayoutEffect(() => {
    if (node.current && node.current.value !== value) node.current.value = value;
  }, [value]);

  return useCallback(
    (el: T | null) => {
      node.current = el;
      if (el && el.value !== latest.current) el.value = latest.current;
      if (typeof forward === 'function') forward(el);
      else if (forward) (forward as { current: T | null }).current = el;
    },
    [forward],
  );
}
