import { normaliseCode } from '@partnerwijzer/domain/client';
import { useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import type { SchoolSector } from '../../../generated/graphql';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { useMunicipalityCoverage } from '../hooks/use-municipality-coverage';
import { useMunicipalityDownloads, type DownloadKind } from '../hooks/use-municipality-downloads';
import { SubscribeMunicipalityAlerts } from '../../../shared/saved-searches/SubscribeMunicipalityAlerts';
import { DownloadLinks, spreadsheetLinks } from './DownloadLinks';
import { DownloadButton } from './DownloadButton';
import { CellDetail } from './CellDetail';
import { CoalitionsSection } from './CoalitionsSection';
import { CoverageComparison } from './CoverageComparison';
import { CoverageMap } from './CoverageMap';
import { cellFocusKey, CoverageMatrix, type OpenCell } from './CoverageMatrix';
import { focusByKey } from '../../../shared/focus/focus-key';
import { GapSummary } from './GapSummary';
import { MunicipalityPicker } from './MunicipalityPicker';
import { NeedsSection } from './NeedsSection';
import { municipalityMapBounds } from '../utils/coverage-colours';
import '../municipality.css';

const SECTORS: SchoolSector[] = ['PO', 'VO', 'SO'];

function readParams(search: string): { code: string; sector: SchoolSector | null } {
  const params = new URLSearchParams(search);
  const code = normaliseCode(params.get('code') ?? '');
  const sector = params.get('sector');
  return {
    code,
    sector: SECTORS.includes(sector as SchoolSector) ? (sector as SchoolSector) : null,
  };
}

/**
 * /gemeente?code=GM0606&sector=PO — the LEA view: coverage, gaps, map, comparison, coalitions
 * (for officers of the municipality and admins), export and print.
 */
export function MunicipalityPage() {
  const t = useT();
  const m = t.municipality;
  const { search, navigate } = useRouter();
  const { code, sector } = readParams(search);
  const { coverage, loading, error, refetch } = useMunicipalityCoverage(code, sector);
  const { needLabel } = useInterventionTypes();
  const downloads = useMunicipalityDownloads(code, sector);
  const [mapMode, setMapMode] = useState('COUNT');
  const [open, setOpen] = useState<OpenCell | null>(null);
  const [onlyGaps, setOnlyGaps] = useState(false);
  useDocumentTitle(
    coverage ? `${m.heading(coverage.municipality.name)} — ${t.appName}` : m.pageTitle,
  );

  const go = (next: { code: string; sector: SchoolSector | null }) => {
    const params = new URLSearchParams();
    if (next.code) params.set('code', next.code);
    if (next.sector) params.set('sector', next.sector);
    setOpen(null);
    setOnlyGaps(false);
    navigate(`/gemeente?${params.toString()}`);
  };

  const openRow = open && coverage?.schools.find((s) => s.vestigingscode === open.vestigingscode);
  const openCell = openRow?.cells.find((c) => c.interventionType === open?.interventionType);
  const rows =
    coverage && onlyGaps
      ? coverage.schools.filter((r) => r.cells.some((c) => c.status === 'GAP'))
      : undefined;
  // The coverage table as a file: there is none to fetch before the table has come.
  const coverageDownload = (request: DownloadKind, label: string) => (
    <DownloadButton
      downloads={downloads}
      request={request}
      label={label}
      busyLabel={m.downloading}
      disabled={!coverage}
    />
  );

  return (
    <div className="municipality-page">
      <h1>{coverage ? m.heading(coverage.municipality.name) : m.headingNone}</h1>
      <p className="municipality-page__intro">{m.intro}</p>
      <div className="municipality-page__controls">
        <MunicipalityPicker key={code} initial={code} onChoose={(c) => go({ code: c, sector })} />
        {code && (
          <div className="municipality-page__filters">
            <label htmlFor="municipality-sector">{m.sectorLabel}</label>
            <select
              id="municipality-sector"
              value={sector ?? ''}
              onChange={(e) =>
                go({ code, sector: (e.target.value || null) as SchoolSector | null })
              }
            >
              <option value="">{m.sectorAll}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t.sector[s]}
                </option>
              ))}
            </select>
            <div className="municipality-page__downloads" role="group" aria-label={m.exportLabel}>
              {coverageDownload('coverageCsv', m.download)}
              {coverageDownload('coverageXlsx', m.downloadXlsx)}
              <DownloadLinks links={spreadsheetLinks(code, 'coverage', sector)} />
            </div>
            <button
              type="button"
              className="button"
              disabled={!coverage}
              onClick={() => window.print()}
            >
              {m.print}
            </button>
          </div>
        )}
      </div>
      {downloads.error && <QueryError error={downloads.error} onRetry={downloads.retry} />}
      {loading && <p>{t.common.loading}</p>}
      {error && <QueryError error={error} onRetry={refetch} />}
      {coverage && (
        <>
          <p className="municipality-page__count">
            {m.schools(coverage.schools.length)} · {coverage.municipality.code}
          </p>
          {coverage.schools.length > 0 && (
            <NeedsSection
              key={`${coverage.municipality.code}:${coverage.sector ?? ''}`}
              code={coverage.municipality.code}
              name={coverage.municipality.name}
              sector={coverage.sector ?? null}
              label={needLabel}
              bounds={municipalityMapBounds(coverage)}
            />
          )}
          {coverage.schools.length > 0 && (
            <GapSummary
              coverage={coverage}
              label={needLabel}
              onlyGaps={onlyGaps}
              onOnlyGaps={setOnlyGaps}
            />
          )}
          <CoverageMap coverage={coverage} label={needLabel} mode={mapMode} onMode={setMapMode} />
          <section aria-labelledby="coverage-matrix-heading">
            <h2 id="coverage-matrix-heading">{m.matrixHeading}</h2>
            <ul className="coverage-legend">
              <li>
                <span className="coverage-cell coverage-cell--gap coverage-legend__swatch">✕</span>{' '}
                {m.statusGap}
              </li>
              <li>
                <span className="coverage-cell coverage-cell--only_national coverage-legend__swatch" />{' '}
                {m.statusOnlyNational}
              </li>
              <li>
                <span className="coverage-cell coverage-cell--local coverage-legend__swatch" />{' '}
                {m.statusLocal}
              </li>
              <li>
                <span className="coverage-cell coverage-cell--not_applicable coverage-legend__swatch">
                  {m.cellNotApplicable}
                </span>{' '}
                {m.statusNotApplicable}
              </li>
              <li>{m.legendCellCount}</li>
            </ul>
            {coverage.schools.length === 0 ? (
              <p className="notice">{m.noSchools}</p>
            ) : (
              <CoverageMatrix
                coverage={coverage}
                rows={rows}
                label={needLabel}
                open={open}
                onOpen={setOpen}
              />
            )}
            {open && openRow && (
              <CellDetail
                key={`${open.vestigingscode}:${open.interventionType}`}
                code={coverage.municipality.code}
                vestigingscode={open.vestigingscode}
                schoolName={openRow.name}
                interventionType={open.interventionType}
                typeLabel={needLabel(open.interventionType)}
                status={openCell?.status ?? ''}
                onClose={() => {
                  // Closed: the keyboard goes back to the cell that opened it.
                  setOpen(null);
                  focusByKey(cellFocusKey(open));
                }}
              />
            )}
          </section>
          <CoverageComparison coverage={coverage} label={needLabel} />
          <CoalitionsSection code={coverage.municipality.code} name={coverage.municipality.name} />
          <SubscribeMunicipalityAlerts code={coverage.municipality.code} />
        </>
      )}
    </div>
  );
}
