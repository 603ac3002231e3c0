// Removes this run's demo-data template (global-setup.js).
import { removeDemoTemplates } from './global-setup.js';

export default function globalTeardown() {
  if (process.env.PW_TEST_RUN) removeDemoTemplates({ run: process.env.PW_TEST_RUN });
}
