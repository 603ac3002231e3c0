import { prefetchQuery } from '../../app/graphql/light-cache';
import { CHOSEN_SCHOOL_QUERY } from './graphql/chosen-school.query';
import { MATCH_PARTNERS_QUERY } from './graphql/match-partners.query';
import { parseFinderState, toMatchInput } from './utils/finder-state';

/**
 * A shared finder link (`/?school=…&behoeften=…`) asks for its school and results before React
 * renders, so the answers are on their way while the page is built; the finder's hooks find
 * the requests in flight (same operation, same variables) and wait for them instead of asking
 * again. Without needs in the link the school's needs profile decides them: nothing to start.
 */
export function prefetchSharedFinderLink(path: string, search: string): void {
  if (path !== '/') return;
  const state = parseFinderState(search);
  if (state.school === null) return;
  prefetchQuery(CHOSEN_SCHOOL_QUERY, { vestigingscode: state.school });
  if (state.needs.length === 0) return;
  prefetchQuery(MATCH_PARTNERS_QUERY, { input: toMatchInput({ ...state, school: state.school }) });
}
