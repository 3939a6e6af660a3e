export { parsePost } from './parse';
export {
  type Existing,
  type ImportConflict,
  type ImportPlan,
  type PlannedMonth,
  type PlanOptions,
  planImport,
} from './plan';
export type {
  ImportIssue,
  ImportProblem,
  ParsedEntry,
  ParsedMonthText,
  ParsedPost,
  ParseResult,
} from './types';
