import { describe, expect, it } from '@jest/globals';

import { spreadsheetLinks } from './DownloadLinks';

describe('spreadsheetLinks', () => {
  it('gives the CSV and the XLSX of a download, for a sector when one is chosen', () => {
    expect(spreadsheetLinks('GM0363', 'needs', 'PO')).toEqual([
      { label: 'CSV', href: '/downloads/municipality/GM0363/needs.csv?sector=PO' },
      { label: 'XLSX', href: '/downloads/municipality/GM0363/needs.xlsx?sector=PO' },
    ]);
  });

  it('has no query without a sector', () => {
    expect(spreadsheetLinks('GM0363', 'coalitions')).toEqual([
      { label: 'CSV', href: '/downloads/municipality/GM0363/coalitions.csv' },
      { label: 'XLSX', href: '/downloads/municipality/GM0363/coalitions.xlsx' },
    ]);
  });
});
