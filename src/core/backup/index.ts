/** Backups: the file (file.ts) and how it merges into the library (merge.ts). */
export * from './file';
export * from './merge';
