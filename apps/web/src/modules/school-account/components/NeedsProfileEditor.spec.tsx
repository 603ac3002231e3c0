import { describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { schoolYearOf } from '@partnerwijzer/domain/client';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import { INTERVENTION_TYPES_QUERY } from '../../../shared/intervention-types/intervention-types.query';
import {
  SCHOOL_NEEDS_PROFILE_QUERY,
  SET_SCHOOL_NEEDS_PROFILE_MUTATION,
} from '../graphql/school-needs-profile.query';
import { NeedsProfileEditor } from './NeedsProfileEditor';
import { invalidateQueries } from '../../../app/graphql/light-cache';

const SCHOOL = 'ZZ0100';
const schoolYear = schoolYearOf(new Date());

// A stored profile with one need: what a save of an empty form would wipe.
const storedProfile = {
  request: { query: SCHOOL_NEEDS_PROFILE_QUERY, variables: { vestigingscode: SCHOOL, schoolYear } },
  result: {
    data: {
      school: { __typename: 'School' as const, vestigingscode: SCHOOL, schoolType: 'BAO' as const },
      schoolNeedsProfile: {
        __typename: 'SchoolNeedsProfile' as const,
        vestigingscode: SCHOOL,
        schoolYear,
        visibleToPartners: true,
        updatedAt: '2026-11-02T09:00:00.000Z',
        items: [
          {
            __typename: 'SchoolNeedItem' as const,
            interventionCode: 'TAAL_LEZEN' as const,
            priority: 'HIGH' as const,
            groups: [3, 4],
            note: null,
          },
        ],
      },
    },
  },
};

describe('NeedsProfileEditor', () => {
  it('does not save while the list of needs has not loaded: the stored profile would be replaced by an empty one', async () => {
    const saved = jest.fn(() => ({ data: { setSchoolNeedsProfile: null } }));
    renderIn(
      'nl',
      <MockedProvider
        mocks={[
          { request: { query: INTERVENTION_TYPES_QUERY }, error: new Error('Failed to fetch') },
          storedProfile,
          {
            // What the form would send: the stored need is not in it.
            request: {
              query: SET_SCHOOL_NEEDS_PROFILE_MUTATION,
              variables: {
                input: { vestigingscode: SCHOOL, schoolYear, visibleToPartners: true, items: [] },
              },
            },
            result: saved,
          },
        ]}
      >
        <NeedsProfileEditor vestigingscode={SCHOOL} schoolHeadingId="school-heading" />
      </MockedProvider>,
    );
    // The stored profile has arrived (its opt-in is ticked); the list of needs failed.
    await screen.findByRole('button', { name: 'Opnieuw proberen' });
    const visible = await screen.findByRole('checkbox', {
      name: 'Zichtbaar voor partners als vraag',
    });
    await waitFor(() => expect((visible as HTMLInputElement).checked).toBe(true));

    act(() => fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' })));
    const summary = await waitFor(() => {
      const found = screen
        .getAllByRole('alert')
        .find((alert) => alert.textContent?.includes('Het profiel is niet opgeslagen'));
      if (!found) throw new Error('no error summary yet');
      return found;
    });
    expect(summary.textContent).toContain(
      'Het opgeslagen profiel of de lijst met behoeften is nog niet geladen.',
    );
    // A save is sent, if at all, when the form is submitted: nothing was.
    expect(saved).not.toHaveBeenCalled();
  });

  it('names each ticked need’s priority and note by its need, so a screen reader tells them apart', async () => {
    // The kinds of help come from the light client's cache (fetch), not from Apollo.
    const type = (code: string, labelNl: string, sortOrder: number) => ({
      code,
      labelNl,
      labelEn: labelNl,
      descriptionNl: '',
      descriptionEn: '',
      evidenceNoteNl: '',
      evidenceNoteEn: '',
      sortOrder,
    });
    const types = [
      type('TAAL_LEZEN', 'Taal en (voor)lezen', 5),
      type('OUDERBETROKKENHEID', 'Ouderbetrokkenheid', 4),
    ];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (() =>
      Promise.resolve({
        status: 200,
        json: () => Promise.resolve({ data: { interventionTypes: types } }),
      })) as unknown as typeof fetch;
    invalidateQueries();
    const parents = {
      __typename: 'SchoolNeedItem' as const,
      interventionCode: 'OUDERBETROKKENHEID' as const,
      priority: 'LOW' as const,
      groups: [],
      note: null,
    };
    const profile = storedProfile.result.data.schoolNeedsProfile;
    try {
      renderIn(
        'nl',
        <MockedProvider
          mocks={[
            {
              ...storedProfile,
              result: {
                data: {
                  ...storedProfile.result.data,
                  schoolNeedsProfile: { ...profile, items: [...profile.items, parents] },
                },
              },
            },
          ]}
        >
          <NeedsProfileEditor vestigingscode={SCHOOL} schoolHeadingId="school-heading" />
        </MockedProvider>,
      );
      const reading = await screen.findByRole('combobox', {
        name: 'Prioriteit voor taal en (voor)lezen',
      });
      expect((reading as HTMLSelectElement).value).toBe('HIGH');
      const ofParents = screen.getByRole('combobox', {
        name: 'Prioriteit voor ouderbetrokkenheid',
      });
      expect((ofParents as HTMLSelectElement).value).toBe('LOW');
      for (const need of ['ouderbetrokkenheid', 'taal en (voor)lezen']) {
        screen.getByRole('textbox', { name: `Korte toelichting voor ${need} (optioneel)` });
      }
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
