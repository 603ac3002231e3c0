export * from './funding-routes.js';
export * from './collaboration-rules.js';
export * from './lea-coverage.js';
