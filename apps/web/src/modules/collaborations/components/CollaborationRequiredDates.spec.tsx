import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';

import { renderIn } from '../../../shared/testing/render-in';
import { INTERVENTION_TYPES_QUERY } from '../../../shared/intervention-types/intervention-types.query';
import {
  CREATE_COLLABORATION_MUTATION,
  MY_COLLABORATIONS_QUERY,
} from '../graphql/collaborations.queries';
import { CollaborationForm, type FormPreset } from './CollaborationForm';

const preset: FormPreset = {
  contactRequestId: null,
  title: 'Warme overdracht',
  vestigingscodes: [],
  organisationIds: [],
  municipalityCode: '',
  interventionCodes: [],
};

// What the API answers a collaboration sent without an end date (the form sends it as "").
const mocks = () => [
  { request: { query: INTERVENTION_TYPES_QUERY }, result: { data: { interventionTypes: [] } } },
  {
    request: { query: MY_COLLABORATIONS_QUERY },
    result: { data: { collaborations: [], fundingRoutes: [] } },
  },
  {
    request: {
      query: CREATE_COLLABORATION_MUTATION,
      variables: (v: { input: { startsOn: string; endsOn: string } }) =>
        v.input.startsOn === '2026-08-01' && v.input.endsOn === '',
    },
    result: {
      errors: [
        new GraphQLError('endsOn: is verplicht (required)', {
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID',
            fields: [{ field: 'endsOn', message: 'is verplicht (required)', code: 'REQUIRED' }],
          },
        }),
      ],
    },
  },
];

describe('the period of a new collaboration', () => {
  it.each([
    ['nl', 'Begindatum', 'Einddatum', 'Einddatum: Verplicht.'],
    ['en', 'Start date', 'End date', 'End date: Required.'],
  ] as const)(
    '(%s) marks both dates required, and an empty end date is said to be required',
    async (lang, start, end, said) => {
      renderIn(
        lang,
        <MockedProvider mocks={mocks()}>
          <CollaborationForm preset={preset} />
        </MockedProvider>,
      );
      const startField = screen.getByLabelText(start);
      const endField = screen.getByLabelText(end);
      expect(startField.hasAttribute('required')).toBe(true);
      expect(endField.hasAttribute('required')).toBe(true);
      fireEvent.change(startField, { target: { value: '2026-08-01' } });
      fireEvent.submit(screen.getByTestId('collaboration-form'));
      const summary = await screen.findByRole('link', { name: said });
      expect(summary.getAttribute('href')).toBe('#c-end');
      expect(endField.getAttribute('aria-invalid')).toBe('true');
      const notes = endField.getAttribute('aria-describedby')!.split(' ');
      const error = notes.map((id) => document.getElementById(id)!.textContent).join(' ');
      expect(error).toContain(lang === 'nl' ? 'Verplicht.' : 'Required.');
    },
    30_000,
  );
});
