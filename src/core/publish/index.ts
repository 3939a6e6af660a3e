export * from './address';
export * from './changes';
export * from './settings';
export * from './site';
