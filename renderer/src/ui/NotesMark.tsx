/** The disguise's neutral mark: a ruled sheet, like any notes program (same drawing as assets/notes.svg). */
export function NotesMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="6.5" y="3.5" width="19" height="25" rx="1" fill="none" stroke="currentColor" />
      <path d="M9 9h14M9 13h14M9 17h14M9 21h14M9 25h9" stroke="currentColor" strokeWidth="1" opacity="0.6" />
    </svg>
  );
}
