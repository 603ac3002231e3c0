// Public surface of the geocoding module.
export { GeocodingModule } from './geocoding.module.js';
