/**
 * The popup's own code that its first paint does not need: the refinement
 * by the page's answer, the save, the status line's words, the ranking of
 * suggestions, and why a page cannot be captured. Loaded with the writer
 * once the form is on screen (later.ts, main.tsx); components reach it
 * through `CaptureDeps.deferred`, so tests load it directly.
 */
export { Blocked } from './blocked';
export { decidePage } from './decide-page';
export { refine } from './refine-form';
export { saveCapture } from './save-capture';
export { StatusText } from './status-text';
export { suggestionsFrom } from './suggestions';
