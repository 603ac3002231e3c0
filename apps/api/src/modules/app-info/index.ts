// Public surface of the app-info module: other modules import from here only.
export { AppInfoModule } from './app-info.module.js';
