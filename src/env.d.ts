/** True only in the end-to-end test build (TARGET=e2e or firefox-e2e); see vite.config.ts. */
declare const __VEILLE_E2E__: boolean;
/** A Firefox build: its event page runs background sync without Chrome's offscreen document. */
declare const __VEILLE_FIREFOX__: boolean;
