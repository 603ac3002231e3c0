export * from './values/sector.js';
export * from './values/offering-values.js';
export * from './values/organisation-values.js';
export * from './values/codes.js';
export * from './taxonomy/intervention-type.js';
export * from './geo/geo-types.js';
export * from './coverage/coverage-area.js';
