import { HiddenFileInput } from '../../ui/HiddenFileInput';
import { useRef } from 'react';
import { readFileAsBase64 } from '../../platform/read-file';

/** The main process refuses more; saying so here spares reading a file that cannot be a share file. */
const MAX_SHARE_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A button that opens the file picker and hands over the picked file's bytes (base64), never a
 * path. A file that cannot be read, or is far too large, is reported through onUnreadable.
 */
export function FilePickButton(props: {
  label: string;
  disabled?: boolean;
  className?: string;
  testId?: string;
  /**
   * The endings the picker offers. Receipts and withdrawals once ended in .harbor-share too, so
   * their pickers accept that as well.
   */
  accept?: string;
  onFile: (file: { name: string; base64: string }) => void;
  onUnreadable: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <HiddenFileInput
        inputRef={input}
        accept={props.accept ?? '.harbor-share'}
        testId={props.testId}
        onFile={(file) => {
          if (file.size > MAX_SHARE_FILE_BYTES) return props.onUnreadable();
          readFileAsBase64(file, () => undefined).then(
            (base64) => props.onFile({ name: file.name, base64 }),
            () => props.onUnreadable(),
          );
        }}
      />
      <button
        type="button"
        className={props.className ?? 'button button--quiet'}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </button>
    </>
  );
}
