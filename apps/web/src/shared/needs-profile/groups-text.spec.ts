import { describe, expect, it } from '@jest/globals';

import { groupsText } from './groups-text';

describe('groupsText', () => {
  it('joins consecutive groups into ranges', () => {
    expect(groupsText([7, 3, 4, 5, 5])).toBe('3–5, 7');
    expect(groupsText([1])).toBe('1');
    expect(groupsText([])).toBe('');
  });
});
