import { useId, useState, type ChangeEvent } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { PortalMessages } from '../portal.messages';
import {
  checkFileSize,
  formatBytes,
  readGeoJson,
  type AreaGeometry,
  type GeoJsonProblem,
} from '../utils/geojson-file';

export interface UploadedArea {
  geometry: AreaGeometry;
  vertexCount: number;
  fileName: string;
}

interface GeoJsonUploadProps {
  onAdd: (area: UploadedArea) => void;
  /** The server's verdict on the last uploaded area, shown here as well as in the list. */
  serverErrors?: readonly string[];
}

function problemText(problem: GeoJsonProblem, c: PortalMessages['coverage'], lang: 'nl' | 'en') {
  switch (problem.kind) {
    case 'tooLarge':
      return c.fileTooLarge(formatBytes(problem.bytes, lang));
    case 'empty':
      return c.fileEmpty;
    case 'notJson':
      return c.fileNotJson;
    case 'noPolygon':
      return c.fileNoPolygon;
    case 'tooManyVertices':
      return c.fileTooManyVertices(problem.count);
    case 'notWgs84':
      return c.fileNotWgs84;
  }
}

function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** A GeoJSON file field: checked here for size and shape, then added as an area. */
export function GeoJsonUpload({ onAdd, serverErrors = [] }: GeoJsonUploadProps) {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.portal.coverage;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const errors = [...(error ? [error] : []), ...serverErrors];

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    // Let the same file be chosen again after a fix.
    input.value = '';
    if (!file) return;
    setAdded(null);
    const sizeProblem = checkFileSize(file.size);
    if (sizeProblem) {
      setError(problemText(sizeProblem, c, lang));
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setError(c.fileUnreadable);
      return;
    }
    const read = readGeoJson(text);
    if (!read.ok) {
      setError(problemText(read.problem, c, lang));
      return;
    }
    setError(null);
    setAdded(c.fileAdded(file.name));
    onAdd({ geometry: read.geometry, vertexCount: read.vertexCount, fileName: file.name });
  }

  return (
    <div className="form-field portal-upload">
      <label htmlFor={`${id}-file`}>{c.uploadLabel}</label>
      <p id={`${id}-hint`} className="field-hint">
        {c.uploadHint}
      </p>
      {errors.length > 0 && (
        <div id={`${id}-error`} role="alert" data-testid="geojson-error">
          {errors.map((message, i) => (
            <p key={i} className="field-error">
              {message}
            </p>
          ))}
        </div>
      )}
      <input
        id={`${id}-file`}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={[`${id}-hint`, errors.length > 0 ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ')}
        data-testid="geojson-file"
        onChange={(e) => void choose(e)}
      />
      {added && errors.length === 0 && (
        <p className="field-hint" role="status">
          {added}
        </p>
      )}
    </div>
  );
}
