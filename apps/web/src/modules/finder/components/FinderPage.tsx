import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { useSchoolPoints } from '../../../shared/map/hooks/use-school-points';
import { OFFERING_DETAIL_QUERY } from '../graphql/offering-detail.query';
import { useChosenSchool, type FinderSchool } from '../hooks/use-finder-schools';
import { useFinderState } from '../hooks/use-finder-state';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { useMatches } from '../hooks/use-matches';
import { useSchoolNeedsDefaults } from '../hooks/use-school-needs-defaults';
import { NeedsSummary } from '../../../shared/needs-profile/NeedsSummary';
import { hasConditions } from '../utils/finder-state';
import { ChosenSchool } from './ChosenSchool';
import { FilterPanel } from './FilterPanel';
import { FinderMap } from './FinderMap';
import { GroupPicker } from './GroupPicker';
import { NeedPicker } from './NeedPicker';
import { OfferingDetail } from './OfferingDetail';
import { ResultsPanel } from './ResultsPanel';
import { SchoolPicker } from './SchoolPicker';

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
  const schoolPoints = useSchoolPoints(state.school !== null);
  const [hovered, setHovered] = useState<string | null>(null);
  // Where focus goes after the school changes hands between the picker and the chosen school.
  const [focusAfterChange, setFocusAfterChange] = useState<'chosen' | 'picker' | null>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);

  const outcome = matches.outcome;
  const list = outcome?.matches ?? [];
  const openMatch = list.find((m) => m.offeringId === state.offering);
  // A shared link may open an offering that is not among the current matches.
  const detail = useQuery(OFFERING_DETAIL_QUERY, {
    variables: { id: state.offering ?? '' },
    skip: state.offering === null || openMatch !== undefined || !outcome,
  });
  const detailOffering = openMatch?.offering ?? detail.data?.offering;
  const detailOrganisation = openMatch?.organisation ?? detail.data?.offering.organisation;
  const shownOffering = list.find((m) => m.offeringId === (hovered ?? state.offering));

  const chooseSchoolCode = useCallback(
    (vestigingscode: string) => {
      setFocusAfterChange('chosen');
      update({ school: vestigingscode, offering: null, text: '' });
    },
    [update],
  );
  const chooseSchool = useCallback(
    (school: FinderSchool) => chooseSchoolCode(school.vestigingscode),
    [chooseSchoolCode],
  );
  const openOffering = useCallback(
    (offeringId: string) => update({ offering: offeringId }),
    [update],
  );
  const closeDetail = () => {
    update({ offering: null });
    window.requestAnimationFrame(() => resultsHeadingRef.current?.focus());
  };
  const resetConditions = () =>
    update({
      groepMin: null,
      groepMax: null,
      targetGroups: [],
      moments: [],
      freeOnly: false,
      verifiedOnly: false,
      maxDistanceKm: null,
    });

  const school = chosen.school;
  const schoolMissing = state.school !== null && chosen.error !== undefined;

  return (
    <div className="finder">
      <a className="skip-link skip-link--inline" href="#resultaten">
        {t.finder.skipToResults}
      </a>
      <section className="finder__query" aria-labelledby="finder-kop">
        <h1 id="finder-kop">{t.finder.heading}</h1>
        <p className="finder__intro">{t.finder.intro}</p>

        <h2 className="step-heading">{t.finder.step1}</h2>
        {state.school === null || schoolMissing ? (
          <>
            {schoolMissing && (
              <p className="notice notice--error" role="alert">
                {t.finder.schoolNotFound}
              </p>
            )}
            <SchoolPicker onChoose={chooseSchool} autoFocus={focusAfterChange === 'picker'} />
          </>
        ) : school ? (
          <ChosenSchool
            school={school}
            focusOnMount={focusAfterChange === 'chosen'}
            onChange={() => {
              setFocusAfterChange('picker');
              update({ school: null, offering: null, text: '' });
            }}
          />
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
        <FilterPanel state={state} onChange={update} />
        {hasConditions(state) && (
          <button type="button" className="button button--secondary" onClick={resetConditions}>
            {t.finder.resetFilters}
          </button>
        )}
      </section>

      <section
        id="resultaten"
        className="finder__results"
        tabIndex={-1}
        aria-labelledby="resultaten-kop"
      >
        {state.offering !== null && state.school !== null ? (
          detailOffering && detailOrganisation ? (
            <OfferingDetail
              offering={detailOffering}
              organisation={detailOrganisation}
              match={openMatch}
              school={school}
              needLabel={taxonomy.needLabel}
              onBack={closeDetail}
            />
          ) : (
            <div className="detail">
              <button type="button" className="button button--secondary" onClick={closeDetail}>
                ← {t.finder.backToResults}
              </button>
              <h2 id="resultaten-kop">{t.finder.resultsHeading}</h2>
              {detail.error ? (
                <p className="notice notice--error" role="alert">
                  {t.finder.detailMissing}
                </p>
              ) : (
                <p role="status">{t.finder.detailLoading}</p>
              )}
            </div>
          )
        ) : (
          <>
            <h2 id="resultaten-kop" ref={resultsHeadingRef} tabIndex={-1}>
              {school ? `${t.finder.resultsHeading}: ${school.name}` : t.finder.resultsLabel}
            </h2>
            {state.school === null ? (
              <p className="notice">{t.finder.chooseSchoolFirst}</p>
            ) : (
              <ResultsPanel
                key={state.school}
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
              />
            )}
          </>
        )}
      </section>

      <FinderMap
        school={school}
        schoolPoints={schoolPoints.points}
        matches={list}
        shownOffering={shownOffering}
        openOfferingId={state.offering}
        onChooseSchool={chooseSchoolCode}
        onOpenOffering={openOffering}
      />
    </div>
  );
}
