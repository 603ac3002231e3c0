import { describe, expect, it } from '@jest/globals';
import { act } from '@testing-library/react';

import { graphqlError, renderIn } from '../testing/render-in';
import { useFieldProblems, type FieldProblems } from './use-field-problems';

const LABELS: Record<string, string> = { budget: 'Budget', name: 'Naam' };

/** The hook as a form holds it: inputs `f-budget` and `f-name`, asked by the API's names. */
function withHook(options: Partial<Parameters<typeof useFieldProblems>[0]> = {}) {
  const hook: { now?: FieldProblems } = {};
  function Probe() {
    hook.now = useFieldProblems({
      fieldIdOf: (field) => `f-${field}`,
      labelOf: (field) => LABELS[field] ?? null,
      ...options,
    });
    return null;
  }
  renderIn('nl', <Probe />);
  return () => hook.now!;
}

const refusal = (fields: { field: string; message: string }[]) =>
  graphqlError('Ongeldige invoer (Invalid input)', { code: 'BAD_USER_INPUT', fields });

describe('useFieldProblems', () => {
  it('puts the API’s problems at their inputs, named by label in the summary, in the reader’s language', () => {
    const problems = withHook();
    act(() =>
      problems().failed(
        refusal([
          { field: 'budget', message: 'te groot (too large)' },
          { field: 'budget', message: 'geen getal (not a number)' },
          { field: 'name', message: 'te lang (too long)' },
        ]),
      ),
    );
    expect(problems().errorOf('budget')).toBe('Te groot. Geen getal.');
    expect(problems().errorOf('name')).toBe('Te lang.');
    expect(problems().errorOf('other')).toBeUndefined();
    expect(problems().summary).toEqual({
      message: null,
      attempt: 1,
      items: [
        { fieldId: 'f-budget', text: 'Budget: Te groot.' },
        { fieldId: 'f-budget', text: 'Budget: Geen getal.' },
        { fieldId: 'f-name', text: 'Naam: Te lang.' },
      ],
    });
  });

  it('says above the form what no input shows: a field the form does not have, or a refusal naming none', () => {
    const problems = withHook({ locate: (field) => (field in LABELS ? field : null) });
    act(() =>
      problems().failed(
        refusal([
          { field: 'budget', message: 'te groot (too large)' },
          { field: 'secret', message: 'onbekend (unknown)' },
        ]),
      ),
    );
    expect(problems().summary.message).toBe('Onbekend.');
    expect(problems().errorOf('budget')).toBe('Te groot.');
    act(() =>
      problems().failed(graphqlError('Niet toegestaan (Forbidden)', { code: 'FORBIDDEN' })),
    );
    expect(problems().summary).toEqual({ message: 'Niet toegestaan', items: [], attempt: 2 });
  });

  it('places a field by the function given to failed (a sent line’s number → the form’s)', () => {
    const problems = withHook();
    act(() =>
      problems().failed(refusal([{ field: 'sent-name', message: 'leeg (empty)' }]), (field) =>
        field.replace('sent-', ''),
      ),
    );
    expect(problems().errorOf('name')).toBe('Leeg.');
  });

  it('refuses what was found before sending (true, focus again), and lets an empty list through', () => {
    const problems = withHook();
    let refused = false;
    act(() => {
      refused = problems().refuse([{ field: 'budget', message: 'Moet een getal zijn.' }]);
    });
    expect(refused).toBe(true);
    expect(problems().summary.attempt).toBe(1);
    act(() => {
      refused = problems().refuse([]);
    });
    expect(refused).toBe(false);
    expect(problems().summary).toEqual({ message: null, items: [], attempt: 1 });
  });

  it('leaves out of the summary an input that is gone, and forgets the problems of removed inputs', () => {
    const problems = withHook();
    act(() => {
      problems().refuse([
        { field: 'budget', message: 'Moet een getal zijn.' },
        { field: 'removed', message: 'Verplicht.' },
      ]);
    });
    expect(problems().summary.items).toEqual([
      { fieldId: 'f-budget', text: 'Budget: Moet een getal zijn.' },
    ]);
    expect(problems().errorOf('removed')).toBe('Verplicht.');
    act(() => problems().forget((field) => field === 'removed'));
    expect(problems().errorOf('removed')).toBeUndefined();
    act(() => problems().clear());
    expect(problems().errorOf('budget')).toBeUndefined();
  });
});
