import { describe, expect, it } from '@jest/globals';

import { authEn, authNl } from '../../modules/auth/auth.messages';
import { portalEn, portalNl } from '../../modules/portal/portal.messages';
import { en } from './en';
import { nl } from './nl';
import { PROBLEM_CATALOGUE } from '../../shared/forms/problem-catalogue';

// A field left empty reads the same in every form, whether the form found it before sending or
// the API refused it with code REQUIRED ("Naam: is verplicht" beside "Einddatum: Verplicht." was
// two wordings in one summary).
describe('the wording of a required field', () => {
  it('is the same in the API catalogue and every form, in Dutch and English', () => {
    const required = {
      nl: PROBLEM_CATALOGUE.REQUIRED!.nl(undefined),
      en: PROBLEM_CATALOGUE.REQUIRED!.en(undefined),
    };
    expect(required).toEqual({ nl: 'Verplicht.', en: 'Required.' });
    expect([authNl.form.required, portalNl.required, nl.contact.required]).toEqual(
      Array(3).fill(required.nl),
    );
    expect([authEn.form.required, portalEn.required, en.contact.required]).toEqual(
      Array(3).fill(required.en),
    );
  });
});
