import { DEFAULT_PRESET_ID, presetById } from '../core/post';

/** The author's own template, next to the built-in presets in the `Format` control. */
export const CUSTOM_FORMAT = 'custom';

export interface ExportFormat {
  id: string;
  template: string;
  extension: 'md' | 'html';
}

/**
 * The template and file type of a format. A custom template is HTML when it
 * starts with a tag, Markdown otherwise.
 */
export function resolveFormat(id: string, customTemplate: string): ExportFormat {
  if (id === CUSTOM_FORMAT) {
    const extension = customTemplate.trimStart().startsWith('<') ? 'html' : 'md';
    return { id, template: customTemplate, extension };
  }
  const preset = presetById(id) ?? presetById(DEFAULT_PRESET_ID);
  if (!preset) throw new Error('the default preset is missing');
  return { id: preset.id, template: preset.template, extension: preset.extension };
}
