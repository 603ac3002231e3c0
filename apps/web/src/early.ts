import { sendEarly } from './app/graphql/early-requests';
import { startSharedFinderLink } from './modules/finder/prefetch';

// The early script: a classic script of its own (built as an IIFE by vite.config.ts, loaded
// by index.html's head before the module bundle), so a shared finder link's two queries leave
// while the browser still loads, parses and evaluates the bundle. main.tsx's prefetch then
// takes them over (app/graphql/early-requests.ts). Decision 0015, addendum "early requests".
startSharedFinderLink(window.location.pathname, window.location.search, sendEarly);
