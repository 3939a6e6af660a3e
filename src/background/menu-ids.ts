/** Ids of the "Add to veille" context menus (kept apart from the browser calls, for tests). */
export const MENU_PAGE = 'veille-add-page';
export const MENU_LINK = 'veille-add-link';
export const MENU_SELECTION = 'veille-add-selection';
