/**
 * Turning a month's entries into a ready-to-publish post: the model (what
 * goes in, in which order), a template (a preset or the author's own), the
 * file name. Everything here is pure and synchronous.
 */
import type { Entry, MonthRecord, Settings } from '../types';
import { isIsoDate } from './date';
import { type RenderResult, renderPost } from './engine';
import { buildPostModel } from './model';
import type { PostModel } from './types';

export { defaultPublishDate, isFutureDate, isIsoDate } from './date';
export { type RenderResult, renderPost } from './engine';
export {
  escapeHtml,
  escapeMarkdownHeading,
  escapeMarkdownText,
  formatMarkdownUrl,
  htmlUrl,
  oneLine,
  yamlQuote,
} from './escape';
export { postFileName, slugify } from './filename';
export { buildPostModel, type PostInput } from './model';
export {
  DEFAULT_PRESET_ID,
  type PostPreset,
  PRESETS,
  type PresetId,
  presetById,
} from './presets';
export { type EntrySection, groupIntoSections } from './sections';
export type { PostEntry, PostModel, PostSection, SkippedEntry, SkipReason } from './types';

export interface ExportInput {
  entries: readonly Entry[];
  month: MonthRecord;
  settings: Settings;
  /** `YYYY-MM-DD` (see defaultPublishDate). */
  publishDate: string;
  /** A preset's template or the author's own. */
  template: string;
}

/** The rendered post (or the template's error) and the model it was rendered from. */
export type ExportResult = RenderResult & { model: PostModel };

/**
 * The month's post through `template`. The model comes back in both cases,
 * so the UI can list the entries left out (`model.skipped`) even while the
 * template has an error.
 */
export function exportPost({ template, ...input }: ExportInput): ExportResult {
  const model = buildPostModel(input);
  if (!isIsoDate(input.publishDate)) {
    return {
      ok: false,
      message: `The publication date must be a date written YYYY-MM-DD, not "${input.publishDate}".`,
      model,
    };
  }
  return { ...renderPost(model, template), model };
}
