import { useQuery } from '../../../app/graphql/use-query';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { errorCode } from '../../../shared/forms/server-errors';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useMediaQuery } from '../../../app/hooks/use-media-query';
import { useT } from '../../../app/i18n/use-t';
import { focusIsLost } from '../../../app/routing/use-focus-after-query-change';
import { useRouter } from '../../../app/routing/use-router';
import { useSchoolPoints } from '../../../shared/map/hooks/use-school-points';
import { FINDER_FUNDING_ROUTES_QUERY } from '../graphql/funding-routes.query';
import { OFFERING_DETAIL_QUERY } from '../graphql/offering-detail.query';
import { useChosenSchool, type FinderSchool } from '../hooks/use-finder-schools';
import { useFinderState } from '../hooks/use-finder-state';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { useMatches } from '../hooks/use-matches';
import { useSchoolNeedsDefaults } from '../hooks/use-school-needs-defaults';
import { NeedsSummary } from '../../../shared/needs-profile/NeedsSummary';
import { useShortlistStorage } from '../hooks/use-shortlist-storage';
import {
  hasConditions,
  hasOrigin,
  NO_CONDITIONS,
  placeName,
  SHORTLIST_MAX,
  toMatchInput,
  type FinderPlace,
  type FinderState,
} from '../../../shared/finder-state/finder-state';
import { ChosenSchool } from './ChosenSchool';
import { FilterPanel } from './FilterPanel';
import { FundingFilter } from './FundingFilter';
import { GroupPicker } from './GroupPicker';
import { NearbySchools } from './NearbySchools';
import { NeedPicker } from './NeedPicker';
import { ChosenPlace, PlacePicker } from './PlacePicker';
import { ResultsPanel } from './ResultsPanel';
import { SchoolPicker } from './SchoolPicker';
import { SaveSearchForm } from '../../../shared/saved-searches/SaveSearchForm';
import { PrintSummary, Shortlist } from './Shortlist';

// Leaflet and the map components load after the form (a chunk of their own); an offering's
// detail (with the contact form) when one is opened.
const FinderMap = lazy(() => import('./FinderMap').then((m) => ({ default: m.FinderMap })));
const OfferingDetail = lazy(() =>
  import('./OfferingDetail').then((m) => ({ default: m.OfferingDetail })),
);

/** One column (phones, small tablets): list or map, and a bar that leads to the results. */
const NARROW = '(max-width: 64rem)';

/** The school leader's screen: school and needs on the left, ranked partners, and the map. */
export function FinderPage() {
  const t = useT();
  useDocumentTitle(`${t.finder.pageTitle} — ${t.appName}`);
  const { state, update } = useFinderState();
  const taxonomy = useInterventionTypes();
  const chosen = useChosenSchool(state.school);
  const needsDefaults = useSchoolNeedsDefaults(state.school);
  const matches = useMatches(state, needsDefaults.weights);
  // The school's needs profile fills the needs once per chosen school, when none were chosen
  // (a shared link with needs keeps its own); after that the user's choice stands.
  const profileAppliedFor = useRef<string | null>(null);
  const [needsFromProfile, setNeedsFromProfile] = useState<string | null>(null);
  useEffect(
    function startFromNeedsProfile() {
      if (state.school === null || !needsDefaults.ready) return;
      if (profileAppliedFor.current === state.school) return;
      profileAppliedFor.current = state.school;
      const items = needsDefaults.defaults?.items ?? [];
      if (state.needs.length > 0 || items.length === 0) return;
      const codes = new Set(items.map((i) => i.interventionCode));
      const ordered = [...taxonomy.types]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((type) => type.code)
        .filter((code) => codes.has(code));
      update({ needs: ordered.length > 0 ? ordered : [...codes] }, { replace: true });
      setNeedsFromProfile(state.school);
    },
    [state.school, state.needs.length, needsDefaults, taxonomy.types, update],
  );
  // Every school as a dot to click on, until one is chosen.
  const schoolPoints = useSchoolPoints(hasOrigin(state));
  const [hovered, setHovered] = useState<string | null>(null);
  // Where focus goes after the school changes hands between the picker and the chosen school.
  const [focusAfterChange, setFocusAfterChange] = useState<'chosen' | 'picker' | null>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const narrow = useMediaQuery(NARROW);
  // On a narrow screen the results show as a list or as the map, not both.
  const [view, setView] = useState<'list' | 'map'>('list');
  useShortlistStorage(state.shortlist, update);

  const outcome = matches.outcome;
  const list = outcome?.matches ?? [];
  const openMatch = list.find((m) => m.offeringId === state.offering);
  // A shared link may open an offering that is not among the current matches.
  const fundingRoutes = useQuery(FINDER_FUNDING_ROUTES_QUERY);
  const detail = useQuery(OFFERING_DETAIL_QUERY, {
    variables: { id: state.offering ?? '' },
    skip: state.offering === null || openMatch !== undefined || !outcome,
  });
  const detailOffering = openMatch?.offering ?? detail.data?.offering;
  const detailOrganisation = openMatch?.organisation ?? detail.data?.offering.organisation;
  const shownOffering = list.find((m) => m.offeringId === (hovered ?? state.offering));
  const shortlisted = state.shortlist
    .map((id) => list.find((m) => m.offeringId === id))
    .filter((m) => m !== undefined);
  const toggleStar = (offeringId: string) =>
    update(
      {
        shortlist: state.shortlist.includes(offeringId)
          ? state.shortlist.filter((id) => id !== offeringId)
          : [...state.shortlist, offeringId].slice(-SHORTLIST_MAX),
      },
      { replace: true },
    );
  const jumpToResults = () => {
    setView('list');
    document.getElementById('resultaten')?.scrollIntoView({ block: 'start' });
    window.requestAnimationFrame(() => resultsHeadingRef.current?.focus({ preventScroll: true }));
  };

  // Choosing a school or place, or going back to choosing, starts afresh: no offering open and
  // no search text.
  const changeOrigin = useCallback(
    (origin: Partial<Pick<FinderState, 'school' | 'place'>>, focus: 'chosen' | 'picker') => {
      setFocusAfterChange(focus);
      update({ ...origin, offering: null, text: '' });
    },
    [update],
  );
  const chooseSchoolCode = useCallback(
    (vestigingscode: string) => changeOrigin({ school: vestigingscode, place: null }, 'chosen'),
    [changeOrigin],
  );
  const choosePlace = useCallback(
    (place: FinderPlace) => changeOrigin({ school: null, place }, 'chosen'),
    [changeOrigin],
  );
  const chooseSchool = useCallback(
    (school: FinderSchool) => chooseSchoolCode(school.vestigingscode),
    [chooseSchoolCode],
  );
  const openOffering = useCallback(
    (offeringId: string) => update({ offering: offeringId }),
    [update],
  );
  const closeDetail = () => update({ offering: null });
  // Every choice here is a new query string on the same page. When one removes the element
  // that had the focus (the detail closed by its button or by Back, "clear the conditions",
  // the last starred offering, another school by Back/Forward), the keyboard goes to the
  // results heading, which the new count follows, rather than to the top of the page (the
  // layout's fallback). Runs after the children's own moves (the chosen school, a detail's
  // heading, the next starred offering), which it leaves alone. The page's own changes to its
  // query (a stored shortlist, the needs profile) remove nothing focused and move nothing; nor
  // does the move scroll the page.
  const { search } = useRouter();
  const searchBefore = useRef(search);
  useEffect(
    function keepTheKeyboardInTheFinder() {
      if (searchBefore.current === search) return;
      searchBefore.current = search;
      if (focusIsLost()) resultsHeadingRef.current?.focus({ preventScroll: true });
    },
    [search],
  );
  const resetConditions = () => update(NO_CONDITIONS);

  const school = chosen.school;
  // Unknown (or malformed) school code: choose another. Any other failure (no connection, the
  // server busy) leaves the school chosen, with a way to try again.
  const schoolMissing =
    state.school !== null &&
    chosen.error !== undefined &&
    errorCode(chosen.error) === 'BAD_USER_INPUT';
  const schoolFailed = state.school !== null && chosen.error !== undefined && !schoolMissing;
  const place = state.school === null ? state.place : null;
  const origin = hasOrigin(state);
  // Results are shown for a school once it is known, and for a place at once.
  const originReady = school !== undefined || place !== null;
  const originKey = state.school ?? (place ? `${place.lat},${place.lng}` : '');

  return (
    <div className="finder" data-view={view}>
      <a className="skip-link skip-link--inline" href="#resultaten">
        {t.finder.skipToResults}
      </a>
      <section className="finder__query" aria-labelledby="finder-kop">
        <h1 id="finder-kop">{t.finder.heading}</h1>
        <p className="finder__intro">{t.finder.intro}</p>

        <h2 className="step-heading">{t.finder.step1}</h2>
        {place ? (
          <ChosenPlace
            place={place}
            focusOnMount={focusAfterChange === 'chosen'}
            onChange={() => changeOrigin({ place: null }, 'picker')}
          />
        ) : state.school === null || schoolMissing ? (
          <>
            {schoolMissing && (
              <p className="notice notice--error" role="alert">
                {t.finder.schoolNotFound}
              </p>
            )}
            <SchoolPicker onChoose={chooseSchool} autoFocus={focusAfterChange === 'picker'} />
            <NearbySchools points={schoolPoints.points} onChoose={chooseSchoolCode} />
            <PlacePicker onChoose={choosePlace} />
          </>
        ) : school ? (
          <ChosenSchool
            school={school}
            focusOnMount={focusAfterChange === 'chosen'}
            onChange={() => changeOrigin({ school: null }, 'picker')}
          />
        ) : schoolFailed && chosen.error ? (
          <QueryError error={chosen.error} onRetry={chosen.refetch} />
        ) : (
          <p role="status">{t.common.loading}</p>
        )}

        {school && needsDefaults.defaults && needsDefaults.defaults.items.length > 0 && (
          <NeedsSummary
            schoolYear={needsDefaults.defaults.schoolYear}
            items={needsDefaults.defaults.items}
            inGroepen={school.sector !== 'VO'}
            needLabel={taxonomy.needLabel}
            note={
              needsDefaults.defaults.published
                ? t.needsProfile.publishedNote
                : t.needsProfile.ownNote
            }
          />
        )}
        {needsFromProfile !== null && needsFromProfile === state.school && (
          <p className="notice" role="status" data-testid="needs-from-profile">
            {t.finder.needsFromProfile}
          </p>
        )}
        {taxonomy.error && <QueryError error={taxonomy.error} onRetry={taxonomy.refetch} />}
        <NeedPicker
          types={taxonomy.types}
          selected={state.needs}
          onChange={(needs) => update({ needs })}
        />
        <GroupPicker
          state={state}
          showGroep={!school || school.sector === 'PO'}
          onChange={update}
        />
        <FilterPanel state={state} onChange={update} languages={outcome?.languages ?? []} />
        <FundingFilter
          routes={fundingRoutes.data?.fundingRoutes ?? []}
          selected={state.funding}
          onChange={(funding) => update({ funding })}
        />
        {hasConditions(state) && (
          <button type="button" className="button button--secondary" onClick={resetConditions}>
            {t.finder.resetFilters}
          </button>
        )}
        {state.school !== null && school && (
          <SaveSearchForm
            school={state.school}
            needs={state.needs}
            query={toMatchInput({ ...state, school: state.school })}
          />
        )}
        {narrow && outcome && state.offering === null && (
          // Sticks to the bottom of the screen while the form is in view, so the user sees
          // that results exist without scrolling past eleven needs and the conditions.
          <div className="finder__jump" data-testid="results-jump">
            <button type="button" className="button button--primary" onClick={jumpToResults}>
              {t.finder.showResults(outcome.totalMatches)}
            </button>
          </div>
        )}
      </section>

      <section
        id="resultaten"
        className="finder__results"
        tabIndex={-1}
        aria-labelledby="resultaten-kop"
      >
        {state.offering !== null && origin ? (
          detailOffering && detailOrganisation ? (
            <Suspense fallback={<p role="status">{t.finder.detailLoading}</p>}>
              <OfferingDetail
                offering={detailOffering}
                organisation={detailOrganisation}
                match={openMatch}
                school={school}
                needLabel={taxonomy.needLabel}
                onBack={closeDetail}
              />
            </Suspense>
          ) : (
            <div className="detail">
              <button type="button" className="button button--secondary" onClick={closeDetail}>
                ← {t.finder.backToResults}
              </button>
              <h2 id="resultaten-kop">{t.finder.resultsHeading}</h2>
              {detail.error && errorCode(detail.error) === 'BAD_USER_INPUT' ? (
                <p className="notice notice--error" role="alert">
                  {t.finder.detailMissing}
                </p>
              ) : detail.error ? (
                // Not gone, only not loaded (no connection, the server busy): try again.
                <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
              ) : (
                <p role="status">{t.finder.detailLoading}</p>
              )}
            </div>
          )
        ) : (
          <>
            <h2 id="resultaten-kop" ref={resultsHeadingRef} tabIndex={-1}>
              {school
                ? `${t.finder.resultsHeading}: ${school.name}`
                : place
                  ? t.finderPlace.resultsHeading(placeName(place, t.finderPlace.point))
                  : t.finder.resultsLabel}
            </h2>
            {narrow && (
              <div className="view-toggle" role="group" aria-label={t.finder.viewLabel}>
                {(['list', 'map'] as const).map((choice) => (
                  <button
                    key={choice}
                    type="button"
                    className="view-toggle__option"
                    aria-pressed={view === choice}
                    data-testid={`view-${choice}`}
                    onClick={() => setView(choice)}
                  >
                    {choice === 'list' ? t.finder.viewList : t.finder.viewMap}
                  </button>
                ))}
              </div>
            )}
            {originReady && state.shortlist.length > 0 && (
              <Shortlist
                chosen={shortlisted}
                missing={outcome ? state.shortlist.length - shortlisted.length : 0}
                onRemove={toggleStar}
                onClear={() => update({ shortlist: [] }, { replace: true })}
              />
            )}
            {!origin ? (
              <p className="notice">{t.finder.chooseSchoolFirst}</p>
            ) : (
              <ResultsPanel
                key={originKey}
                outcome={outcome}
                loading={matches.loading}
                error={matches.error}
                onRetry={matches.refetch}
                hasNeeds={state.needs.length > 0}
                hasConditions={hasConditions(state)}
                onResetConditions={resetConditions}
                highlighted={shownOffering?.offeringId ?? null}
                term={state.text}
                onTermChange={(text) => update({ text }, { replace: true })}
                needLabel={taxonomy.needLabel}
                onOpen={openOffering}
                onHighlight={setHovered}
                sort={state.sort}
                onSortChange={(sort) => update({ sort }, { replace: true })}
                shortlist={state.shortlist}
                onToggleStar={toggleStar}
              />
            )}
          </>
        )}
      </section>

      {(!narrow || view === 'map') && (
        <Suspense fallback={<div className="finder__map finder__map--loading" />}>
          <FinderMap
            school={school}
            place={place}
            schoolPoints={schoolPoints.points}
            matches={list}
            shownOffering={shownOffering}
            openOfferingId={state.offering}
            onChooseSchool={(code) => {
              setView('list');
              chooseSchoolCode(code);
            }}
            onOpenOffering={(id) => {
              setView('list');
              openOffering(id);
            }}
          />
        </Suspense>
      )}
      {originReady && shortlisted.length > 0 && (
        <PrintSummary
          school={school}
          place={place}
          needs={state.needs}
          needLabel={taxonomy.needLabel}
          chosen={shortlisted}
        />
      )}
    </div>
  );
}
