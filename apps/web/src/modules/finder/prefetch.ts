import { prefetchQuery } from '../../app/graphql/light-cache';
import type { Document } from '../../app/graphql/light-client';
import { CHOSEN_SCHOOL_QUERY } from './graphql/chosen-school.query';
import { MATCH_PARTNERS_QUERY } from './graphql/match-partners.query';
import { parseFinderState, toMatchInput } from '../../shared/finder-state/finder-state';

type Start = <R, V>(document: Document<R, V>, variables: V) => void;

/**
 * The queries a shared finder link (`/?school=…&behoeften=…`) starts with: its school and its
 * results, passed to `start`. Without needs in the link the school's needs profile decides
 * them: then only the school. A place (`/?punt=lat,lng&…`) has no profile: its results start
 * as they are.
 */
export function startSharedFinderLink(path: string, search: string, start: Start): void {
  if (path !== '/') return;
  const state = parseFinderState(search);
  if (state.place !== null) {
    start(MATCH_PARTNERS_QUERY, { input: toMatchInput(state) });
    return;
  }
  if (state.school === null) return;
  start(CHOSEN_SCHOOL_QUERY, { vestigingscode: state.school });
  if (state.needs.length === 0) return;
  start(MATCH_PARTNERS_QUERY, { input: toMatchInput(state) });
}

/**
 * A shared link asks for its school and results before React renders, so the answers are on
 * their way while the page is built; the finder's hooks find the requests in flight (same
 * operation, same variables) and wait for them instead of asking again. In the build the
 * early script (src/early.ts) has sent them already, before the bundle was even parsed, and
 * the cache takes those over (app/graphql/early-requests.ts).
 */
export function prefetchSharedFinderLink(path: string, search: string): void {
  startSharedFinderLink(path, search, prefetchQuery);
}
