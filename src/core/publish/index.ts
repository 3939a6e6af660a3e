export * from './address';
export * from './changes';
export * from './folder';
export * from './front-matter';
export * from './settings';
export * from './site';
export * from './site-config';
