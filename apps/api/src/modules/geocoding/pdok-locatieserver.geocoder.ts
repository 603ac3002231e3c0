import { isInNetherlands } from '@partnerwijzer/domain';
import { GeocoderUnavailable, type Geocoder, type Place, type PlaceKind } from './geocoder.port.js';

// The PDOK Locatieserver "free" service (v3.1): GET {base}/free?q=…&rows=…&fq=…&fl=…, a Solr
// answer { response: { numFound, docs: [{ type, weergavenaam, centroide_ll: "POINT(lng lat)",
// gemeentecode, postcode, … }] } }. Only parameters from its OpenAPI document may be sent (v3.1
// refuses others). See https://api.pdok.nl/bzk/locatieserver/search/v3_1/ui/.

const TYPES: Record<string, PlaceKind> = {
  adres: 'ADDRESS',
  postcode: 'POSTCODE',
  weg: 'STREET',
  woonplaats: 'TOWN',
  gemeente: 'MUNICIPALITY',
};
const FILTER = 'type:(adres OR postcode OR weg OR woonplaats OR gemeente)';
const FIELDS = 'id,type,weergavenaam,centroide_ll,gemeentecode,postcode';
// A runaway answer is not read into memory.
const MAX_BODY_BYTES = 512 * 1024;
const POINT = /^POINT\((-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)\)$/;

export interface PdokOptions {
  /** e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1 (without /free). */
  baseUrl: string;
  timeoutMs: number;
}

export class PdokLocatieserverGeocoder implements Geocoder {
  constructor(private readonly options: PdokOptions) {}

  async search(text: string, limit: number): Promise<Place[]> {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}/free`);
    url.searchParams.set('q', text);
    url.searchParams.set('rows', String(limit));
    url.searchParams.set('fq', FILTER);
    url.searchParams.set('fl', FIELDS);
    let body: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
      if (!response.ok) throw new GeocoderUnavailable(`HTTP ${response.status}`);
      const raw = await response.text();
      if (raw.length > MAX_BODY_BYTES) throw new GeocoderUnavailable('answer too large');
      body = JSON.parse(raw);
    } catch (error) {
      if (error instanceof GeocoderUnavailable) throw error;
      throw new GeocoderUnavailable(error instanceof Error ? error.message : String(error));
    }
    return parseFreeResponse(body).slice(0, limit);
  }
}

/** The places in a Locatieserver answer; documents we cannot use are skipped, not guessed. */
export function parseFreeResponse(body: unknown): Place[] {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) throw new GeocoderUnavailable('unexpected answer');
  const places: Place[] = [];
  for (const doc of docs as Record<string, unknown>[]) {
    if (!doc || typeof doc !== 'object') continue;
    const label = typeof doc.weergavenaam === 'string' ? doc.weergavenaam.trim() : '';
    const point = typeof doc.centroide_ll === 'string' ? POINT.exec(doc.centroide_ll) : null;
    if (!label || !point) continue;
    const location = { lat: Number(point[2]), lng: Number(point[1]) };
    if (!isInNetherlands(location)) continue;
    const code = typeof doc.gemeentecode === 'string' ? doc.gemeentecode : null;
    places.push({
      label: label.slice(0, 300),
      kind: TYPES[String(doc.type)] ?? 'OTHER',
      location,
      municipalityCode: code && /^\d{4}$/.test(code) ? `GM${code}` : null,
      postcode: typeof doc.postcode === 'string' ? doc.postcode.slice(0, 10) : null,
    });
  }
  return places;
}
