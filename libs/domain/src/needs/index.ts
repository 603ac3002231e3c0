// Need-based programming (README.md): applicability, the need formula, met-ness, similar
// municipalities and the scenario optimiser. Pure, no I/O.
export * from './applicability.js';
export * from './need-weight.js';
export * from './need-figures.js';
export * from './similar.js';
export * from './max-coverage.js';
export * from './weighted-gaps.js';
