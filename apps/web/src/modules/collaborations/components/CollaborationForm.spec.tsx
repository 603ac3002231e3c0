import { describe, expect, it } from '@jest/globals';

import { fieldIdOf } from './CollaborationForm';

describe('fieldIdOf', () => {
  it('sends every field the API names to the input that holds it', () => {
    expect(fieldIdOf('title')).toBe('c-title');
    expect(fieldIdOf('vestigingscodes[2]')).toBe('c-schools');
    expect(fieldIdOf('goals[0]')).toBe('c-goals');
    expect(fieldIdOf('endsOn')).toBe('c-end');
    expect(fieldIdOf('funding[1].fundName')).toBe('c-f1-fundName');
    expect(fieldIdOf('funding')).toBe('c-funding');
    expect(fieldIdOf('contactRequestId')).toBe('c-title');
    expect(fieldIdOf('something-new')).toBe('c-title');
  });
});
