/**
 * Puts rich HTML and plain text on the clipboard together, so a rich editor
 * pastes the formatting and a plain field pastes clean text.
 */
import type { RenderedWording } from '../../framework/render-wording';


/**
 * Writes both formats with the async Clipboard API; if the browser refuses
 * (no permission, document not focused, no ClipboardItem), falls back to a
 * one-off `copy` event filled by hand during `execCommand('copy')`.
 */
export async function copyRich(content: RenderedWording): Promise<void> {
  try {
    await writeWithClipboardApi(content);
  } catch {
    copyWithCopyEvent(content);
  }
}

async function writeWithClipboardApi({ text, html }: RenderedWording): Promise<void> {
  // Older Firefox has no ClipboardItem: treat it like a refusal.
  if (typeof ClipboardItem === 'undefined') throw new Error('ClipboardItem is not supported');
  const item = new ClipboardItem({
    'text/plain': new Blob([text], { type: 'text/plain' }),
    'text/html': new Blob([html], { type: 'text/html' }),
  });
  await navigator.clipboard.write([item]);
}

function copyWithCopyEvent({ text, html }: RenderedWording): void {
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    // Deprecated, but the only copy path left when the Clipboard API is refused.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const copied = document.execCommand('copy');
    if (!copied) throw new Error('The browser refused to copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
