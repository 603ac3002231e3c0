import { useState } from 'react';

import { BusyButton } from '../../../shared/forms/BusyButton';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { isInNetherlands, type LatLng } from '../utils/coverage-draft';
import { parseDecimal } from '../utils/parse-number';
import { useTypedPoint } from '../hooks/use-typed-point';
import { LatLngFields, MapModeToggle } from './coordinate-fields';

interface PolygonFormProps {
  points: readonly LatLng[];
  drawing: boolean;
  onToggleDrawing: () => void;
  onAddPoint: (point: LatLng) => void;
  onUndo: () => void;
  onClear: () => void;
  /** Closes the ring and adds the area; only offered with 3 or more corners. */
  onClose: () => void;
}

/** Drawing controls, and the keyboard alternative: type each corner's coordinates. */
export function PolygonForm({
  points,
  drawing,
  onToggleDrawing,
  onAddPoint,
  onUndo,
  onClear,
  onClose,
}: PolygonFormProps) {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.portal.coverage;
  const point = useTypedPoint();
  const [error, setError] = useState<string | null>(null);
  const [closeError, setCloseError] = useState<string | null>(null);
  const fmt = (n: number) =>
    n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 5 });

  function addTyped() {
    const a = parseDecimal(point.lat, lang);
    const b = parseDecimal(point.lng, lang);
    if (a == null || b == null) {
      setError(c.invalidNumber);
      return;
    }
    if (!isInNetherlands({ lat: a, lng: b })) {
      setError(c.outsideNl);
      return;
    }
    setError(null);
    onAddPoint({ lat: a, lng: b });
    point.clear();
  }

  function close() {
    if (points.length < 3) {
      setCloseError(c.needThree);
      return;
    }
    setCloseError(null);
    onClose();
  }

  return (
    <div className="portal-subform">
      <p className="field-hint">{c.polygonHint}</p>
      <MapModeToggle
        on={drawing}
        testId="draw-toggle"
        onToggle={onToggleDrawing}
        status={c.drawing}
      >
        {drawing ? c.stopDrawing : c.startDrawing}
      </MapModeToggle>
      <div
        className="portal-row"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
            e.preventDefault();
            addTyped();
          }
        }}
      >
        <LatLngFields name="vertex" point={point} errors={{ lat: error ?? undefined }} />
        <button type="button" className="button portal-row__button" onClick={addTyped}>
          {c.addPoint}
        </button>
      </div>
      <p className="field-hint" role="status" data-testid="draw-count">
        {c.points(points.length)}
      </p>
      {points.length > 0 && (
        <ol className="portal-points" aria-label={c.pointsList}>
          {points.map((p, i) => (
            <li key={i}>
              {fmt(p.lat)}, {fmt(p.lng)}
            </li>
          ))}
        </ol>
      )}
      {closeError && (
        <p className="field-error" role="alert">
          {closeError}
        </p>
      )}
      <div className="form-actions">
        {/* Without points these are unavailable but keep the keyboard (aria-disabled): the
            last undo or a clear would otherwise send it to the top of the page. */}
        <BusyButton type="button" className="button" onClick={onUndo} busy={points.length === 0}>
          {c.undoPoint}
        </BusyButton>
        <BusyButton type="button" className="button" onClick={onClear} busy={points.length === 0}>
          {c.clearPolygon}
        </BusyButton>
        <button type="button" className="button" data-testid="close-polygon" onClick={close}>
          {c.closePolygon}
        </button>
      </div>
    </div>
  );
}
