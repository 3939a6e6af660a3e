// Import bookmarks: the pure part (what a file is, Pocket's CSV, the mapping and the plan).

export { decodeBookmarkFile } from './bookmarks-decode';
export { addedAt, categoryOf, mapBookmark, plainTextNote } from './bookmarks-map';
export { type BookmarkPlan, type BookmarkPlanOptions, planBookmarks } from './bookmarks-plan';
export {
  anchorLines,
  type BookmarkFormat,
  bookmarkFormat,
  POCKET_HEADER,
  readPocketCsv,
  refusedFile,
  withoutBom,
} from './bookmarks-read';
export type {
  BookmarkFile,
  BookmarkIssue,
  BookmarkPlace,
  BookmarkProblem,
  BookmarkRecord,
} from './bookmarks-types';
