import { micromark } from 'micromark';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

const PREVIEW_STYLE =
  'body{font:15px/1.5 system-ui,sans-serif;margin:16px;color:#111827}' +
  'pre{background:#f3f4f6;padding:8px;overflow:auto}code{font-size:90%}';

/**
 * The document shown in the preview frame. Markdown goes through micromark,
 * which escapes raw HTML (so page text cannot become markup); HTML output is
 * already escaped by its template. The frame is sandboxed without scripts.
 */
export function previewDocument(post: string, extension: 'md' | 'html'): string {
  const body = extension === 'html' ? post : micromark(post.replace(FRONT_MATTER, ''));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${PREVIEW_STYLE}</style></head><body>${body}</body></html>`;
}
