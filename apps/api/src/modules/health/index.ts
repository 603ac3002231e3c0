// Public surface of the health module: other modules import from here only.
export { HealthModule } from './health.module.js';
