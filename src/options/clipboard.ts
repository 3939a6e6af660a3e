/**
 * Puts the post on the clipboard. An HTML post goes as rich text too, so
 * that pasting it into a newsletter or mail editor keeps its links and
 * headings, while a plain-text editor still gets the source.
 */
export async function copyPost(text: string, isHtml: boolean): Promise<void> {
  if (isHtml && typeof ClipboardItem !== 'undefined') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([text], { type: 'text/html' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
