/** True only in the end-to-end test build (TARGET=e2e or firefox-e2e); see vite.config.ts. */
declare const __VEILLE_E2E__: boolean;
