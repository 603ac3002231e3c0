import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';
import { ChangeFeed1763900100000 } from './1763900100000-change-feed.js';

// Every migration, in order. Listed explicitly so the ESM build needs no file globbing.
export const MIGRATIONS = [InitialSchema1763900000000, ChangeFeed1763900100000];
