/** SHA-256 (hex) of copied text, normalised like the main process does with what the clipboard holds. */
export async function copyFingerprint(text: string): Promise<string> {
  const normal = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normal));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a copy or cut put on the clipboard: the editor's own data if it set some, else the selection. */
export function copiedText(e: ClipboardEvent): string {
  const set = e.clipboardData?.getData('text/plain') ?? '';
  if (set) return set;
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null) return value.slice(selectionStart, selectionEnd);
  }
  return window.getSelection()?.toString() ?? '';
}
