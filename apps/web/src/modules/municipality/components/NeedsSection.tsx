import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MapContainer } from 'react-leaflet';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { InterventionCode, SchoolSector } from '../../../generated/graphql';
import { ListedCircleMarker } from '../../../shared/map/components/ListedCircleMarker';
import { MapContainerAttributes } from '../../../shared/map/components/MapContainerAttributes';
import { useFocusWhen } from '../../../shared/focus/focus-key';
import {
  MUNICIPALITY_NEEDS_QUERY,
  NEED_EXPLANATION_QUERY,
} from '../graphql/municipality-needs.queries';
import { useNeedsDownloads } from '../hooks/use-needs-downloads';
import { DownloadLinks, spreadsheetLinks } from './DownloadLinks';
import { DownloadButton } from './DownloadButton';
import { ScenariosSection } from './ScenariosSection';
import { NeedsComparison } from './NeedsComparison';
import { NeedsTable } from './NeedsTable';
import type { MapBounds } from '../utils/coverage-colours';
import { needColour, needLimits, needRanges } from '../utils/need-buckets';

interface NeedsSectionProps {
  code: string;
  name: string;
  sector: SchoolSector | null;
  label: (code: string) => string;
  /** What the map shows (municipalityMapBounds). */
  bounds: MapBounds;
}

const SHOWN = 10;

/**
 * Need-weighted gaps: where unmet need is largest (themes, schools, map with the schools table
 * as its list), how it is computed, the comparison, downloads, and the scenarios.
 */
export function NeedsSection({ code, name, sector, label, bounds }: NeedsSectionProps) {
  const t = useT();
  const n = t.municipality.needs;
  const { lang } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MUNICIPALITY_NEEDS_QUERY, {
    variables: { code, sector },
  });
  const downloads = useNeedsDownloads(code, sector);
  const [all, setAll] = useState(false);
  const [explainFor, setExplainFor] = useState<{
    school: string;
    name: string;
    type: InterventionCode;
  } | null>(null);
  const [explain, explained] = useLazyQuery(NEED_EXPLANATION_QUERY);
  // The explanation opens far below the table (after the map): its heading takes the keyboard,
  // which brings it into view, or the button would seem to do nothing.
  const explanationHeading = useFocusWhen<HTMLHeadingElement>(explainFor);
  const needs = data?.municipalityNeeds;

  const openExplanation = (school: string, schoolName: string, type: InterventionCode) => {
    setExplainFor({ school, name: schoolName, type });
    void explain({ variables: { code, vestigingscode: school, interventionType: type } });
  };

  const limits = needLimits(needs ? needs.schools.map((s) => s.unmet) : []);
  const schools = needs ? (all ? needs.schools : needs.schools.slice(0, SHOWN)) : [];

  return (
    <section className="needs" aria-labelledby="needs-heading" data-testid="needs">
      <h2 id="needs-heading">{n.heading}</h2>
      <p>{n.intro}</p>
      {loading && !needs && <p>{n.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {needs && (
        <>
          <p className="needs__summary" data-testid="needs-summary">
            <strong>{n.summary(needs.share ?? null, needs.unmet)}</strong>{' '}
            {needs.allProfiles ? n.profilesAll : n.profilesPublic}
          </p>
          <div
            className="municipality-page__downloads"
            role="group"
            aria-label={t.municipality.exportLabel}
          >
            <DownloadButton
              downloads={downloads}
              request={{ kind: 'needsCsv' }}
              label={n.downloadCsv}
            />
            <DownloadButton
              downloads={downloads}
              request={{ kind: 'needsXlsx' }}
              label={n.downloadXlsx}
            />
            <DownloadLinks links={spreadsheetLinks(code, 'needs', sector)} />
          </div>
          {downloads.error && <QueryError error={downloads.error} />}

          <h3>{n.themesHeading}</h3>
          <NeedsTable
            captionId="needs-themes-caption"
            caption={n.themesCaption}
            columns={[n.colTheme, n.colUnmet, n.colNeed, n.colCovered, n.colSchools]}
            testId="needs-themes"
          >
            {needs.themes.map((th) => (
              <tr
                key={th.interventionType}
                data-testid="needs-theme"
                data-type={th.interventionType}
              >
                <th scope="row">{label(th.interventionType)}</th>
                <td>{n.number(th.unmet)}</td>
                <td>{n.number(th.need)}</td>
                <td>{n.percent(th.share)}</td>
                <td>{th.schoolsWithUnmet}</td>
              </tr>
            ))}
          </NeedsTable>

          <h3>{n.schoolsHeading}</h3>
          <NeedsTable
            captionId="needs-schools-caption"
            caption={n.schoolsCaption}
            columns={[n.colSchool, n.colUnmet, n.colBiggest, n.colSource]}
            testId="needs-schools"
          >
            {schools.map((s) => {
              const biggest = [...s.cells].sort((a, b) => b.unmet - a.unmet)[0];
              return (
                <tr
                  key={s.vestigingscode}
                  data-testid="needs-school"
                  data-school={s.vestigingscode}
                >
                  <th scope="row">
                    <span
                      className="needs__swatch"
                      style={{ background: needColour(s.unmet, limits) }}
                      aria-hidden="true"
                    />{' '}
                    {s.name}
                    <span className="coverage-matrix__code">
                      {' '}
                      {s.vestigingscode} · {s.schoolType}
                    </span>
                  </th>
                  <td>{n.number(s.unmet)}</td>
                  <td>
                    {biggest && biggest.unmet > 0 ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          openExplanation(s.vestigingscode, s.name, biggest.interventionType)
                        }
                      >
                        <span className="visually-hidden">{n.explainButton(s.name)}: </span>
                        {label(biggest.interventionType)} ({n.number(biggest.unmet)})
                      </button>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>{n.source[s.source] ?? s.source}</td>
                </tr>
              );
            })}
          </NeedsTable>
          {needs.schools.length > SHOWN && (
            <button
              type="button"
              className="button"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? n.showFewer : n.showAll(needs.schools.length)}
            </button>
          )}

          <h3>{n.mapHeading}</h3>
          <div className="coverage-map__frame">
            <MapContainer
              key={`needs:${code}:${sector ?? ''}`}
              bounds={bounds}
              className="map"
              minZoom={6}
              maxZoom={18}
            >
              <MapContainerAttributes label={n.mapLabel(name)} testId="needs-map" />
              {needs.schools.map((s) => (
                <ListedCircleMarker
                  key={s.vestigingscode}
                  lat={s.location.lat}
                  lng={s.location.lng}
                  radius={8}
                  pathOptions={{
                    color: '#222',
                    weight: 1,
                    fillColor: needColour(s.unmet, limits),
                    fillOpacity: 0.9,
                  }}
                  label={n.tooltip(s.name, s.unmet)}
                />
              ))}
            </MapContainer>
          </div>
          <div className="map-legend">
            <ul>
              {needRanges(limits).map(({ colour, from, to }) => (
                <li key={colour}>
                  <span
                    className="legend-swatch"
                    style={{ background: colour }}
                    aria-hidden="true"
                  />
                  {n.legendUnmet(from, to)}
                </li>
              ))}
            </ul>
            <p className="coverage-map__hint">{n.mapHint}</p>
          </div>

          <details
            className="needs__how"
            data-testid="needs-how"
            open={explainFor !== null || undefined}
          >
            <summary>{n.howHeading}</summary>
            <ul>
              {(lang === 'en' ? needs.formulaEn : needs.formulaNl).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {explainFor && (
              <div data-testid="needs-explanation" aria-live="polite">
                <h4 ref={explanationHeading} tabIndex={-1}>
                  {n.explainCell(explainFor.name, label(explainFor.type))}
                </h4>
                {explained.error && <QueryError error={explained.error} />}
                {explained.data && (
                  <ol>
                    {explained.data.municipalityNeedExplanation.steps.map((st, i) => (
                      <li key={i}>{lang === 'en' ? st.textEn : st.textNl}</li>
                    ))}
                  </ol>
                )}
              </div>
            )}
          </details>

          <NeedsComparison comparison={needs.comparison} />

          <ScenariosSection
            code={code}
            label={label}
            topThemes={needs.themes
              .filter((th) => th.unmet > 0)
              .slice(0, 3)
              .map((th) => th.interventionType)}
            downloads={downloads}
          />
        </>
      )}
    </section>
  );
}
