import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { RegionsService } from '../regions/index.js';
import { GEOCODER, GeocoderUnavailable, type Geocoder, type Place } from './geocoder.port.js';

const MAX_PLACES = 8;
const MIN_QUERY = 2;
// NUL and other control characters (tabs and newlines are read as spaces).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Places for a typed address, postcode or town. With a geocoder (GEOCODER_URL) its answer comes
 * first; without one, or when it fails, the centres of municipalities whose name matches, so a
 * partner can still get a point (or pick one on the map).
 */
@Injectable()
export class GeocodingService {
  private readonly logger = new Logger('Geocoding');

  constructor(
    private readonly regions: RegionsService,
    @Optional() @Inject(GEOCODER) private readonly geocoder: Geocoder | null,
  ) {}

  async geocode(raw: string): Promise<{ places: Place[]; geocoderAvailable: boolean }> {
    const text = checkQuery(raw);
    let places: Place[] = [];
    let geocoderAvailable = false;
    if (this.geocoder) {
      try {
        places = await this.geocoder.search(text, MAX_PLACES);
        geocoderAvailable = true;
      } catch (error) {
        if (!(error instanceof GeocoderUnavailable)) throw error;
        this.logger.warn(error.message);
      }
    }
    if (places.length === 0) places = await this.municipalityCentres(text);
    return { places, geocoderAvailable };
  }

  private async municipalityCentres(text: string): Promise<Place[]> {
    // The whole text first ("Schiedam"), then its words from the end ("Broersvest 5 Schiedam").
    const words = text.split(/[\s,]+/).filter((w) => w.length >= 3 && !/\d/.test(w));
    const tries = [text, ...words.reverse()].slice(0, 4);
    for (const search of tries) {
      const page = await this.regions.listMunicipalities({
        search: search.slice(0, 100),
        first: MAX_PLACES,
      } as Parameters<RegionsService['listMunicipalities']>[0]);
      if (page.nodes.length > 0) {
        return page.nodes.map((m) => ({
          label: m.name,
          kind: 'MUNICIPALITY_CENTRE' as const,
          location: { lat: m.center.lat, lng: m.center.lng },
          municipalityCode: m.code,
          postcode: null,
        }));
      }
    }
    return [];
  }
}

/** The trimmed query, or a BAD_USER_INPUT naming `query` with a code for the client. */
export function checkQuery(raw: string): string {
  if (CONTROL.test(raw)) {
    throw UserInputError.field(
      'query',
      'bevat tekens die niet in tekst horen (contains control characters)',
      { code: 'CONTROL_CHARACTERS' },
    );
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length < MIN_QUERY) {
    throw UserInputError.field(
      'query',
      `moet minstens ${MIN_QUERY} tekens zijn (at least ${MIN_QUERY} characters)`,
      { code: 'TOO_SHORT', params: { min: MIN_QUERY } },
    );
  }
  return text;
}
