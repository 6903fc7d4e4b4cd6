/**
 * A calm confirmation ("Your passphrase has been changed."). The region is always there, so a
 * screen reader announces the words when they appear.
 */
export function StatusMessage({ text }: { text: string | null }) {
  return (
    <div role="status" className="status-message">
      {text && <p className="notice notice--success">{text}</p>}
    </div>
  );
}
