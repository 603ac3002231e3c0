import { changedColumns, sameValue } from './changed-columns.js';

describe('changedColumns', () => {
  const stored = {
    title: 'Huiswerkklas',
    description: 'Na school',
    sectors: ['PO', 'SO'],
    costAmountEur: '12.50',
    groepMin: null as number | null,
    lastConfirmedAt: new Date('2026-01-01T00:00:00Z'),
  };

  it('keeps only the columns whose value differs, each with from and to', () => {
    const { columns, changes } = changedColumns(stored, {
      title: 'Huiswerkklas',
      description: 'Na school, ook op woensdag',
      sectors: ['PO', 'SO'],
      costAmountEur: '12.50',
    });
    expect(columns).toEqual({ description: 'Na school, ook op woensdag' });
    expect(changes).toEqual({
      description: { from: 'Na school', to: 'Na school, ook op woensdag' },
    });
  });

  it('finds nothing in a form sent back unchanged (lists, null, dates alike)', () => {
    const same = changedColumns(stored, {
      ...stored,
      sectors: ['PO', 'SO'],
      lastConfirmedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(same).toEqual({ columns: {}, changes: {} });
  });

  it('compares lists by element and order, records by field, and null as undefined', () => {
    expect(sameValue(['PO'], ['PO', 'SO'])).toBe(false);
    expect(sameValue(['SO', 'PO'], ['PO', 'SO'])).toBe(false);
    expect(sameValue({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue('', null)).toBe(false);
  });
});
