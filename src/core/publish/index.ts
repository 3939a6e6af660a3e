export * from './address';
export * from './changes';
export * from './site';
