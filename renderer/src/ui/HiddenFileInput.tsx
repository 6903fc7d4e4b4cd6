import type { RefObject } from 'react';

/**
 * The file input behind a visible "Import…" button: out of the tab order and hidden from screen
 * readers (the button is what people use), it hands over the picked file and clears itself so the
 * same file can be picked again after a refusal.
 */
export function HiddenFileInput(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  id?: string;
  testId?: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={props.inputRef}
      id={props.id}
      type="file"
      accept={props.accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={props.testId}
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) props.onFile(file);
      }}
    />
  );
}
