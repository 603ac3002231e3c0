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

  // Every evidence text says where its facts come from; every sentence with a figure names the
  // source in that same sentence, so a figure can never stand alone (issue 15, "facts right").
  // Authors, places and bodies: named alike in both languages.
  const NAMED_SOURCES = [
    'Hattie (2009)',
    'Hattie, 2009',
    'Bowen',
    'Slot & Leseman',
    'Van Wetten & De Wolf',
    'Hilversum',
    'NJi',
  ];
  const SOURCES_NL = [
    ...NAMED_SOURCES,
    'EEF-toolkit',
    'bronmateriaal',
    'regionale programmeringsstudie',
    'inspiratiekaart',
  ];
  const SOURCES_EN = [
    ...NAMED_SOURCES,
    'EEF toolkit',
    'source material',
    'regional programming study',
    'inspiration card',
  ];
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  const names = (text: string, sources: string[]) => sources.some((s) => text.includes(s));

  it.each(INTERVENTION_TYPES.map((t) => [t.code, t] as const))(
    '%s names the source of its evidence, in the sentence of each figure',
    (_code, t) => {
      for (const [text, sources] of [
        [t.evidenceNoteNl, SOURCES_NL],
        [t.evidenceNoteEn, SOURCES_EN],
      ] as const) {
        expect(names(text, sources)).toBe(true);
        const unsourced = sentences(text).filter((s) => /\d/.test(s) && !names(s, sources));
        expect(unsourced).toEqual([]);
      }
    },
  );

  it('uses each Hattie figure only for the kind of help it measures', () => {
    for (const t of INTERVENTION_TYPES) {
      const both = `${t.evidenceNoteNl} ${t.evidenceNoteEn}`;
      // "Home-school programs" most likely means home schooling: never a verdict on parents.
      expect(both).not.toMatch(/0[.,]16/);
      // Early intervention and pre-school programmes are about young children (VVE).
      if (t.code !== 'VVE_KANSRIJKE_START') expect(both).not.toMatch(/0[.,]47|0[.,]45/);
    }
  });

  it('adds the findings the sources give, with their source', () => {
    const vve = getInterventionType('VVE_KANSRIJKE_START');
    expect(vve.evidenceNoteNl).toMatch(/pre-COOL.*Slot & Leseman, 2019/);
    expect(vve.evidenceNoteEn).toContain('50–80 %');
    const extra = getInterventionType('EXTRA_LEERTIJD');
    expect(extra.evidenceNoteNl).toMatch(
      /elke dag een lesuur.*Bowen, De Ree, Epema & Speelman, 2020/,
    );
    expect(extra.evidenceNoteEn).toContain('2.5 instead of 5 hours');
    const world = getInterventionType('BELEVINGSWERELD');
    expect(world.evidenceNoteNl).toMatch(/kunsteducatie.*Van Wetten & De Wolf, 2020/);
    expect(world.evidenceNoteEn).toMatch(/weekend schools.*no study/);
    const mentoring = getInterventionType('MENTORING');
    expect(mentoring.evidenceNoteNl).toMatch(/spijbelen.*Hilversum/);
    expect(mentoring.evidenceNoteEn).toContain('gives no effect size');
  });

  it('shows the NPO menukaart as a rating of kinds of intervention, not of an offering', () => {
    for (const t of INTERVENTION_TYPES) {
      // "Look up a programme in the NPO menukaart" would present it as rating offerings.
      expect(t.evidenceNoteNl).not.toMatch(/programma[^.]*NPO-menukaart/);
    }
    expect(getInterventionType('EXTRA_LEERTIJD').evidenceNoteNl).toContain(
      'dat oordeel geldt de soort, niet een bepaald aanbod',
    );
  });

  it('getInterventionType throws for a code outside the list', () => {
    expect(() => getInterventionType('NOPE' as InterventionCode)).toThrow(/Unknown/);
  });
});
