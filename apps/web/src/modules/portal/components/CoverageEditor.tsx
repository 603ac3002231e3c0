import { useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { PortalOfferingFragment } from '../../../generated/graphql';
import { SET_OFFERING_COVERAGE_MUTATION } from '../graphql/set-offering-coverage.mutation';
import {
  areaLabel,
  fromCoverage,
  newKey,
  problemsByArea,
  toInput,
  type AreaProblems,
  type DraftArea,
  type LatLng,
} from '../utils/coverage-draft';
import { errorCode, errorMessage, fieldProblems } from '../../../shared/forms/server-errors';
import { AreaList } from './AreaList';
import { CoverageReach, type Reach } from './CoverageReach';
import { CoverageMap } from './CoverageMap';
import { GeoJsonUpload, type UploadedArea } from './GeoJsonUpload';
import { OPEN_FORM_KEY } from './OfferingForm';
import { PolygonForm } from './PolygonForm';
import { RadiusForm } from './RadiusForm';
import { RegionPicker, type RegionChoice } from './RegionPicker';
import { ProblemNotice, useProblemNotice } from './ProblemNotice';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { useFocusAfterRemoval } from '../../../shared/focus/focus-key';

interface CoverageEditorProps {
  offering: PortalOfferingFragment;
  onClose: () => void;
  /** Told whether the areas differ from the saved ones or a drawing is under way. */
  onDirtyChange?: (dirty: boolean) => void;
}

const NO_PROBLEMS: AreaProblems = { byKey: new Map(), general: [] };

/** Where the keyboard goes after an area is removed (`data-focus-key`s, see AreaList). */
const LIST_HEADING_KEY = 'coverage-areas-heading';
const areaKeyOf = (area: DraftArea) => area.key;
const removeKeyOf = (area: DraftArea) => `remove-area:${area.key}`;

/**
 * Where an offering reaches schools. Areas are collected in a draft (list and map show the
 * same), then saved at once; the server's verdict per area appears next to that area.
 */
export function CoverageEditor({ offering, onClose, onDirtyChange }: CoverageEditorProps) {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.portal.coverage;
  const [areas, setAreas] = useState<DraftArea[]>(() => fromCoverage(offering.coverage));
  const [mode, setMode] = useState<'idle' | 'radius' | 'polygon'>('idle');
  const [drawPoints, setDrawPoints] = useState<LatLng[]>([]);
  const [radiusCenter, setRadiusCenter] = useState<LatLng | null>(null);
  const [problems, setProblems] = useState<AreaProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [lastUpload, setLastUpload] = useState<string | null>(null);
  const [reach, setReach] = useState<Reach | null>(null);
  const [save, { loading }] = useMutation(SET_OFFERING_COVERAGE_MUTATION);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const notice = useProblemNotice();

  useEffect(function focusHeading() {
    headingRef.current?.focus();
  }, []);

  // The areas as last saved (or as opened), compared by what a save would send.
  const [savedInput, setSavedInput] = useState(() => JSON.stringify(toInput(areas)));
  const draftInput = useMemo(() => JSON.stringify(toInput(areas)), [areas]);
  const dirty = draftInput !== savedInput || drawPoints.length > 0;
  useEffect(
    function reportDirty() {
      onDirtyChange?.(dirty);
    },
    [dirty, onDirtyChange],
  );

  const chosenCodes = useMemo(
    () =>
      new Set(
        areas.flatMap((a) => (a.kind === 'MUNICIPALITY' || a.kind === 'PROVINCE' ? [a.code] : [])),
      ),
    [areas],
  );
  const invalidKeys = useMemo(() => new Set(problems.byKey.keys()), [problems]);
  const hasNational = areas.some((a) => a.kind === 'NATIONAL');

  function add(area: DraftArea) {
    setAreas((list) => [...list, area]);
    setSaved(false);
  }

  // The removed area's button goes with it: the keyboard goes to the next area's (or the
  // previous one's), or to the list's heading once it is empty.
  const focusAfterRemoval = useFocusAfterRemoval(areas, areaKeyOf, removeKeyOf, LIST_HEADING_KEY);

  function remove(key: string) {
    focusAfterRemoval(
      key,
      areas.findIndex((a) => a.key === key),
    );
    setAreas((list) => list.filter((a) => a.key !== key));
    setProblems((p) => {
      const byKey = new Map(p.byKey);
      byKey.delete(key);
      return { ...p, byKey };
    });
    setSaved(false);
  }

  function addRegion(region: RegionChoice) {
    if (chosenCodes.has(region.code)) return;
    add({ key: newKey(), note: null, ...region });
  }

  function addUpload(upload: UploadedArea) {
    const key = newKey();
    setLastUpload(key);
    add({
      key,
      note: null,
      kind: 'POLYGON',
      geometry: upload.geometry,
      vertexCount: upload.vertexCount,
      source: 'upload',
      fileName: upload.fileName,
    });
  }

  function closePolygon() {
    const ring = drawPoints.map((p) => [p.lng, p.lat]);
    ring.push([drawPoints[0]!.lng, drawPoints[0]!.lat]);
    add({
      key: newKey(),
      note: null,
      kind: 'POLYGON',
      geometry: { type: 'Polygon', coordinates: [ring] },
      vertexCount: drawPoints.length,
      source: 'drawn',
      fileName: null,
    });
    setDrawPoints([]);
    setMode('idle');
  }

  async function submit() {
    setFailure(null);
    setSaved(false);
    const sent = areas;
    try {
      const input = toInput(sent);
      await save({ variables: { input: { offeringId: offering.id, areas: input } } });
      setSavedInput(JSON.stringify(input));
      setProblems(NO_PROBLEMS);
      // The saved offering carries new area ids; the draft keeps its own keys meanwhile.
      setSaved(true);
    } catch (error) {
      const found = problemsByArea(fieldProblems(error, lang), sent);
      setProblems(found);
      const code = errorCode(error);
      setFailure(
        found.byKey.size === 0 && found.general.length === 0
          ? `${t.portal.failed} ${code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? t.portal.forbidden : errorMessage(error, lang)}`
          : c.errorSummary,
      );
      notice.focus();
    }
  }

  const uploadErrors = lastUpload ? (problems.byKey.get(lastUpload) ?? []) : [];

  return (
    <section
      className="portal-coverage"
      aria-labelledby={`coverage-${offering.id}`}
      data-testid="coverage-editor"
    >
      <h3
        id={`coverage-${offering.id}`}
        ref={headingRef}
        tabIndex={-1}
        data-focus-key={OPEN_FORM_KEY}
      >
        {c.heading(offering.title)}
      </h3>
      <p className="field-hint">{c.intro}</p>
      {failure && (
        <ProblemNotice notice={notice} testId="coverage-error" message={failure}>
          {(problems.general.length > 0 || problems.byKey.size > 0) && (
            <ul>
              {problems.general.map((p, i) => (
                <li key={`g${i}`}>{p.message}</li>
              ))}
              {areas
                .filter((a) => problems.byKey.has(a.key))
                .map((a) => (
                  <li key={a.key}>
                    {areaLabel(a, c, lang)}: {problems.byKey.get(a.key)![0]!.message}
                  </li>
                ))}
            </ul>
          )}
        </ProblemNotice>
      )}
      {saved && (
        <p className="notice notice--success" role="status" data-testid="coverage-saved">
          {c.saved}
        </p>
      )}
      <div className="portal-coverage__layout">
        <div className="portal-coverage__tools">
          <h4 tabIndex={-1} data-focus-key={LIST_HEADING_KEY}>
            {c.listHeading}
          </h4>
          <AreaList areas={areas} problems={problems.byKey} onRemove={remove} />

          <h4>{c.national}</h4>
          {/* Unavailable once added, but focusable (aria-disabled): a disabled button would
              send the keyboard that pressed it to the top of the page. */}
          <BusyButton
            type="button"
            className="button"
            busy={hasNational}
            onClick={() => add({ key: newKey(), note: null, kind: 'NATIONAL' })}
          >
            {hasNational ? `${c.national}: ${c.added}` : c.addNational}
          </BusyButton>

          <h4>{c.regionHeading}</h4>
          <RegionPicker chosen={chosenCodes} onAdd={addRegion} />

          <h4>{c.radiusHeading}</h4>
          <RadiusForm
            picked={radiusCenter}
            picking={mode === 'radius'}
            onTogglePicking={() => setMode((m) => (m === 'radius' ? 'idle' : 'radius'))}
            onAdd={(center, radiusKm, centerLabel) => {
              add({ key: newKey(), note: null, kind: 'RADIUS', center, radiusKm, centerLabel });
              setRadiusCenter(null);
              setMode('idle');
            }}
          />

          <h4>{c.polygonHeading}</h4>
          <PolygonForm
            points={drawPoints}
            drawing={mode === 'polygon'}
            onToggleDrawing={() => setMode((m) => (m === 'polygon' ? 'idle' : 'polygon'))}
            onAddPoint={(p) => setDrawPoints((list) => [...list, p])}
            onUndo={() => setDrawPoints((list) => list.slice(0, -1))}
            onClear={() => setDrawPoints([])}
            onClose={closePolygon}
          />

          <h4>{c.uploadHeading}</h4>
          <GeoJsonUpload onAdd={addUpload} serverErrors={uploadErrors.map((p) => p.message)} />
        </div>
        <CoverageMap
          areas={areas}
          invalidKeys={invalidKeys}
          mode={mode}
          drawPoints={drawPoints}
          radiusCenter={radiusCenter}
          onAddPoint={(p) => setDrawPoints((list) => [...list, p])}
          onPickCenter={setRadiusCenter}
          reachedMunicipalities={reach?.municipalityCodes ?? []}
        />
      </div>
      <CoverageReach offeringId={offering.id} areas={areas} onReach={setReach} />
      <div className="form-actions">
        <BusyButton
          type="button"
          className="button button--primary"
          busy={loading}
          data-testid="coverage-save"
          onClick={() => void submit()}
        >
          {loading ? t.portal.saving : c.save}
        </BusyButton>
        <button type="button" className="button" onClick={onClose}>
          {c.close}
        </button>
      </div>
    </section>
  );
}
