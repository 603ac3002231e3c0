import { describe, expect, it } from '@jest/globals';

import type { AcceptedRequestFieldsFragment } from '../../../generated/graphql';
import type { Viewer } from '../../../shared/session/session-context';
import { newCollaborationHref } from './AcceptedRequests';
import { presetOf } from './CollaborationsPage';

const request: AcceptedRequestFieldsFragment = {
  id: '6f1c1d8e-0000-4000-8000-000000000001',
  reference: 'PW-2026-00001',
  status: 'ACCEPTED',
  vestigingscode: 'ZZ0100',
  schoolName: 'De Regenboog',
  offeringTitle: 'Verlengde schooldag: extra leertijd na school',
  offeringInterventionCodes: ['EXTRA_LEERTIJD', 'BELEVINGSWERELD'],
  organisationId: '6f1c1d8e-0000-4000-8000-000000000002',
  organisationName: 'Stichting Leertijd',
};

const staff = { role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100'] } as unknown as Viewer;

const presetFrom = (href: string) =>
  presetOf(new URLSearchParams(href.slice(href.indexOf('?'))), staff);

describe('a collaboration started from an accepted request', () => {
  it('starts with the offering’s kinds of help, with the request, school, partner and title', () => {
    expect(presetFrom(newCollaborationHref(request))).toEqual({
      contactRequestId: request.id,
      title: request.offeringTitle,
      vestigingscodes: ['ZZ0100'],
      organisationIds: [request.organisationId],
      municipalityCode: '',
      interventionCodes: ['EXTRA_LEERTIJD', 'BELEVINGSWERELD'],
    });
  });

  it('starts with none when the offering names none, or the address holds no codes', () => {
    const none = newCollaborationHref({ ...request, offeringInterventionCodes: [] });
    expect(none).not.toContain('soorten');
    expect(presetFrom(none).interventionCodes).toEqual([]);
    expect(presetFrom('/samenwerkingen?nieuw=1&soorten=').interventionCodes).toEqual([]);
  });

  it('keeps only code-shaped values from a typed address, each once', () => {
    expect(
      presetFrom(
        '/samenwerkingen?nieuw=1&soorten=TAAL_LEZEN,<script>,taal,TAAL_LEZEN, ZORG_IN_SCHOOL',
      ).interventionCodes,
    ).toEqual(['TAAL_LEZEN', 'ZORG_IN_SCHOOL']);
  });
});
