// The reason catalogue: codes + parameters in, a sentence per language out. Imported by the
// domain (the Dutch `text`), the API and the web client (through @partnerwijzer/domain/client).
export * from './reason-params.js';
export * from './reasons.nl.js';
export * from './reasons.en.js';
export * from './render-reason.js';
