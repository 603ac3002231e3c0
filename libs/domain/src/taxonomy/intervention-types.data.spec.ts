import { INTERVENTION_CODES, type InterventionCode } from './intervention-type.js';
import { INTERVENTION_TYPES, getInterventionType } from './intervention-types.data.js';

describe('INTERVENTION_TYPES', () => {
  it('has exactly one entry per code, in code order with sortOrder 1..n', () => {
    expect(INTERVENTION_TYPES.map((t) => t.code)).toEqual([...INTERVENTION_CODES]);
    expect(INTERVENTION_TYPES.map((t) => t.sortOrder)).toEqual(
      INTERVENTION_CODES.map((_, i) => i + 1),
    );
    expect(new Set(INTERVENTION_TYPES.map((t) => t.code)).size).toBe(INTERVENTION_CODES.length);
  });

  it.each(INTERVENTION_TYPES.map((t) => [t.code, t] as const))(
    '%s has non-empty texts in both languages',
    (_code, t) => {
      for (const text of [
        t.labelNl,
        t.labelEn,
        t.descriptionNl,
        t.descriptionEn,
        t.evidenceNoteNl,
        t.evidenceNoteEn,
      ]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
      expect(t.labelNl).not.toEqual(t.labelEn);
    },
  );

  it('uses the Dutch labels of the domain table', () => {
    expect(getInterventionType('EXTRA_LEERTIJD').labelNl).toBe(
      'Extra begeleiding, tutoring, extra leertijd',
    );
    expect(getInterventionType('OVERGANGEN').labelNl).toBe('Overgangen (voorschool–PO, PO–VO)');
    expect(getInterventionType('SOCIAAL_EMOTIONEEL').labelNl).toBe(
      'Veilig leren, sociaal-emotionele ontwikkeling',
    );
  });

  it('cites its sources in the evidence notes', () => {
    const extra = getInterventionType('EXTRA_LEERTIJD');
    expect(extra.evidenceNoteNl).toContain('EEF');
    expect(extra.evidenceNoteNl).toContain('2018');
    expect(extra.evidenceNoteEn).toContain('Brede School Academie');
    expect(getInterventionType('OUDERBETROKKENHEID').evidenceNoteEn).toContain('0.51');
    expect(getInterventionType('OUDERBETROKKENHEID').evidenceNoteNl).toContain('0,51');
    expect(getInterventionType('SOCIAAL_EMOTIONEEL').evidenceNoteEn).toContain('0.53');
    expect(getInterventionType('VVE_KANSRIJKE_START').evidenceNoteEn).toContain('0.45');
    expect(getInterventionType('BELEVINGSWERELD').evidenceNoteEn).toMatch(
      /not yet been fully proven/,
    );
  });

  it('getInterventionType throws for a code outside the list', () => {
    expect(() => getInterventionType('NOPE' as InterventionCode)).toThrow(/Unknown/);
  });
});
