import { checkNeedItems, toProfileNeeds } from './needs-profile.rules.js';

describe('needs profile rules', () => {
  it('accepts a profile and stores it in taxonomy order with sorted, distinct groups', () => {
    const { items, problems } = checkNeedItems(
      [
        { interventionCode: 'OUDERBETROKKENHEID', priority: 'LOW', groups: [], note: '  ' },
        {
          interventionCode: 'EXTRA_LEERTIJD',
          priority: 'HIGH',
          groups: [8, 7, 7],
          note: ' Rekenen ',
        },
      ],
      'BAO',
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { interventionCode: 'EXTRA_LEERTIJD', priority: 'HIGH', groups: [7, 8], note: 'Rekenen' },
      { interventionCode: 'OUDERBETROKKENHEID', priority: 'LOW', groups: [], note: null },
    ]);
  });

  it('names every bad field, Dutch first, and keeps nothing', () => {
    const { items, problems } = checkNeedItems(
      [
        { interventionCode: 'EXTRA_LEERTIJD', priority: 'HIGH', groups: [7] },
        { interventionCode: 'EXTRA_LEERTIJD', priority: 'URGENT', groups: [0, 7] },
        { interventionCode: 'ONBEKEND', priority: 'LOW', note: 'x'.repeat(301) },
        { interventionCode: 'MENTORING', priority: 'LOW', note: 'regel\u0007' },
      ],
      'VO',
    );
    expect(items).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual([
      'items[0].groups',
      'items[1].interventionCode',
      'items[1].priority',
      'items[1].groups',
      'items[2].interventionCode',
      'items[2].note',
      'items[3].note',
    ]);
    expect(problems[0]!.message).toMatch(/^alleen leerjaar 1–6 .*\(only leerjaar 1–6/);
  });

  it('refuses a type that does not apply to the school type (VVE at a VO school)', () => {
    const { problems } = checkNeedItems(
      [{ interventionCode: 'VVE_KANSRIJKE_START', priority: 'HIGH' }],
      'VO',
    );
    expect(problems).toEqual([
      {
        field: 'items[0].interventionCode',
        message: expect.stringMatching(/^geldt niet .*n\.v\.t\./),
        code: 'NOT_FOR_THIS_SCHOOL',
        params: { nl: expect.any(String), en: expect.any(String) },
      },
    ]);
    expect(
      checkNeedItems([{ interventionCode: 'VVE_KANSRIJKE_START', priority: 'HIGH' }], 'BAO')
        .problems,
    ).toEqual([]);
  });

  it('allows a line break in a note but not a direction override', () => {
    expect(
      checkNeedItems([{ interventionCode: 'MENTORING', priority: 'LOW', note: 'a\nb' }], 'BAO')
        .problems,
    ).toEqual([]);
    expect(
      checkNeedItems([{ interventionCode: 'MENTORING', priority: 'LOW', note: 'a\u202Eb' }], 'BAO')
        .problems,
    ).toHaveLength(1);
  });

  it('refuses more items than there are intervention types', () => {
    const many = Array.from({ length: 12 }, () => ({
      interventionCode: 'MENTORING',
      priority: 'LOW',
    }));
    expect(checkNeedItems(many, 'BAO').problems[0]!.field).toBe('items');
  });

  it('hands the need formula a groep range for primary schools only', () => {
    const items = checkNeedItems(
      [
        { interventionCode: 'OVERGANGEN', priority: 'HIGH', groups: [8, 7] },
        { interventionCode: 'MENTORING', priority: 'LOW' },
      ],
      'BAO',
    ).items;
    expect(toProfileNeeds(items, 'BAO')).toEqual([
      { code: 'OVERGANGEN', priority: 'HIGH', groepMin: 7, groepMax: 8 },
      { code: 'MENTORING', priority: 'LOW', groepMin: null, groepMax: null },
    ]);
    expect(toProfileNeeds(items.slice(1), 'VO')[0]!.groepMin).toBeNull();
  });
});
