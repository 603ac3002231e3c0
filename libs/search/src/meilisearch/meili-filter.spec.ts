import { buildMeiliFilter, quote } from './meili-filter.js';
import { MEILI_SETTINGS } from './meili-settings.js';

describe('Meilisearch filter expressions', () => {
  it('quotes and escapes string values', () => {
    expect(quote('GM0363')).toBe('"GM0363"');
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('back\\slash')).toBe('"back\\\\slash"');
    expect(quote('"] OR national = true')).toBe('"\\"] OR national = true"');
  });

  it('ORs values within a filter and ANDs the filters', () => {
    expect(
      buildMeiliFilter({
        interventionTypes: ['EXTRA_LEERTIJD', 'MENTORING'],
        costTypes: ['FREE'],
        verifiedOnly: true,
      }),
    ).toBe(
      '(interventionTypes IN ["EXTRA_LEERTIJD", "MENTORING"]) AND (costType IN ["FREE"]) AND (verified = true)',
    );
  });

  it('filters funding routes on their own filterable attribute', () => {
    expect(buildMeiliFilter({ fundingRoutes: ['NPO', 'OAB_SCHOOL'], sectors: ['PO'] })).toBe(
      '(sectors IN ["PO"]) AND (fundingRoutes IN ["NPO", "OAB_SCHOOL"])',
    );
    expect(MEILI_SETTINGS.filterableAttributes).toContain('fundingRoutes');
  });

  it('filters languages on their own filterable attribute, any of the codes', () => {
    expect(buildMeiliFilter({ languages: ['nl', 'tr'], verifiedOnly: true })).toBe(
      '(verified = true) AND (languages IN ["nl", "tr"])',
    );
    expect(MEILI_SETTINGS.filterableAttributes).toContain('languages');
  });

  it('builds no filter when nothing is asked', () => {
    expect(buildMeiliFilter({})).toBeUndefined();
    expect(buildMeiliFilter({ sectors: [] })).toBeUndefined();
  });

  it('expresses school scope as national, region codes or spatial ids', () => {
    expect(
      buildMeiliFilter(
        {},
        { municipalityCode: 'GM0606', provinceCode: 'PV28', spatialOfferingIds: ['a', 'b'] },
      ),
    ).toBe(
      '(national = true OR municipalityCodes = "GM0606" OR provinceCodes = "PV28" OR id IN ["a", "b"])',
    );
    expect(
      buildMeiliFilter(
        {},
        { municipalityCode: 'GM0606', provinceCode: 'PV28', spatialOfferingIds: [] },
      ),
    ).toBe('(national = true OR municipalityCodes = "GM0606" OR provinceCodes = "PV28")');
  });
});
