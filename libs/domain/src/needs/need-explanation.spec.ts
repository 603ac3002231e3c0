import { applicabilityForSchoolType } from './applicability.js';
import { areaIntensity, schoolNeedCells } from './weighted-gaps.js';
import {
  explainNeed,
  NEED_PARAMETERS,
  needFormulaText,
  type NeedExplanation,
  type NeedParameters,
  type NeedStep,
  type NeedSubject,
} from './need-weight.js';

// "Hoe wordt dit berekend?": each branch of the need formula explained step by step, with the
// numbers worked out by hand here (NEED_PARAMETERS: schoolweging 25–37, floor 0.1, 2 per pupil,
// default intensity 0.45, 200 pupils assumed, priorities 1 / 0.6 / 0.3, national credit 0.5).

const subject = (s: Partial<NeedSubject>): NeedSubject => ({
  schoolType: 'BAO',
  pupils: 300,
  schoolweging: null,
  achterstandsscore: null,
  profile: null,
  areaIntensity: null,
  ...s,
});
const texts = (steps: NeedStep[]) => steps.map((s) => [s.code, s.textNl, s.textEn]);

/** The second step, where the intensity comes from: its texts in both languages and params. */
function expectIntensityStep(
  e: NeedExplanation,
  nl: string,
  en: string,
  params: NeedStep['params'],
) {
  expect(texts(e.steps)[1]).toEqual(['INTENSITY', nl, en]);
  expect(e.steps[1]!.params).toEqual(params);
}

describe('explainNeed, step by step', () => {
  it('from the schoolweging: 31 lies halfway between 25 and 37, so 0.1 + 0.9 × 0.5 = 0.55', () => {
    const e = explainNeed(subject({ schoolweging: 31 }), 'EXTRA_LEERTIJD');
    expect(e).toMatchObject({ weight: 165, applies: true, source: 'SCHOOLWEGING', pupils: 300 });
    expect(e.intensity).toBeCloseTo(0.55, 10);
    expect(texts(e.steps)).toEqual([
      ['PUPILS', '300 leerlingen (DUO)', '300 pupils (DUO)'],
      [
        'INTENSITY',
        'schoolweging 31: 0,1 + 0,9 × (schoolweging − 25) / 12, begrensd tot 0–1 → 0,55',
        'schoolweging 31: 0.1 + 0.9 × (schoolweging − 25) / 12, clamped to 0–1 → 0.55',
      ],
      [
        'RESULT',
        'behoefte = 300 leerlingen × aandeel 1 × intensiteit 0,55 = 165',
        'need = 300 pupils × share 1 × intensity 0.55 = 165',
      ],
    ]);
    expect(e.steps.map((s) => s.params)).toEqual([
      { pupils: 300, known: 'true' },
      { schoolweging: 31, intensity: 0.55 },
      { weight: 165 },
    ]);
  });

  it('from the achterstandsscore per pupil: 100 / 200 = 0.5, a quarter of 2, so 0.325', () => {
    const e = explainNeed(subject({ pupils: 200, achterstandsscore: 100 }), 'EXTRA_LEERTIJD');
    expect(e).toMatchObject({ weight: 65, source: 'ACHTERSTANDSSCORE' });
    expectIntensityStep(
      e,
      'geen schoolweging; CBS-achterstandsscore 100 ÷ 200 leerlingen (DUO) = 0,5 per leerling: 0,1 + 0,9 × (per leerling / 2), begrensd → 0,325',
      'no schoolweging; CBS achterstandsscore 100 ÷ 200 pupils (DUO) = 0.5 per pupil: 0.1 + 0.9 × (per pupil / 2), clamped → 0.325',
      { achterstandsscore: 100, achterstandsscorePupils: 200, perPupil: 0.5, intensity: 0.325 },
    );
  });

  // The CBS counted the 2019 score over that year's funded pupils; dividing it by today's DUO
  // count mixes two years (a school that grew looks less disadvantaged). 300 / 150 = 2 → 1,
  // where 300 / 600 DUO pupils would give 0.325.
  it('from the achterstandsscore per funded pupil of 2019 when the CBS gives that count', () => {
    const e = explainNeed(
      subject({ pupils: 600, achterstandsscore: 300, achterstandsscorePupils: 150 }),
      'EXTRA_LEERTIJD',
    );
    expect(e).toMatchObject({ weight: 600, source: 'ACHTERSTANDSSCORE', intensity: 1 });
    expectIntensityStep(
      e,
      'geen schoolweging; CBS-achterstandsscore 300 ÷ 150 bekostigde leerlingen (CBS 2019) = 2 per leerling: 0,1 + 0,9 × (per leerling / 2), begrensd → 1',
      'no schoolweging; CBS achterstandsscore 300 ÷ 150 funded pupils (CBS 2019) = 2 per pupil: 0.1 + 0.9 × (per pupil / 2), clamped → 1',
      { achterstandsscore: 300, achterstandsscorePupils: 150, perPupil: 2, intensity: 1 },
    );
    // The same number wherever the formula runs: the fast path and the area mean.
    const cells = schoolNeedCells({
      ...subject({ pupils: 600, achterstandsscore: 300, achterstandsscorePupils: 150 }),
      localMask: 0,
      nationalMask: 0,
    });
    expect(cells.intensity).toBe(1);
    expect(
      areaIntensity([{ pupils: 600, achterstandsscore: 300, achterstandsscorePupils: 150 }]),
    ).toBe(1);
  });

  it("from the municipality's mean, capped at 1, with the pupil count assumed when unknown", () => {
    const e = explainNeed(
      subject({ schoolType: 'SO', pupils: null, areaIntensity: 1.4 }),
      'EXTRA_LEERTIJD',
    );
    expect(e).toMatchObject({ source: 'AREA_AVERAGE', pupils: 200, intensity: 1 });
    expect(texts(e.steps).slice(0, 2)).toEqual([
      [
        'PUPILS',
        'aantal leerlingen onbekend: 200 aangenomen (landelijke mediaan)',
        'pupil count unknown: 200 assumed (national median)',
      ],
      [
        'INTENSITY',
        'geen eigen indicator (alleen basisscholen hebben er een); het naar leerlingen gewogen gemiddelde van de scholen in de gemeente → 1',
        "no indicator of its own (only regular primary schools have one); the mean of the municipality's schools, weighted by pupils → 1",
      ],
    ]);
    expect(e.steps[0]!.params).toEqual({ pupils: 200, known: 'false' });
    expect(e.steps[1]!.params).toEqual({ intensity: 1 });
    // A regular primary school without an indicator (new since 2019, or no unambiguous join,
    // like Kindcentrum Sluisbuurt in Amsterdam) is not told that only primary schools have one.
    expectIntensityStep(
      explainNeed(subject({ schoolType: 'BAO', areaIntensity: 0.5 }), 'EXTRA_LEERTIJD'),
      'geen schoolweging of CBS-achterstandsscore aan deze basisschool gekoppeld (nieuw sinds 2019, of niet eenduidig te koppelen); het naar leerlingen gewogen gemiddelde van de scholen in de gemeente → 0,5',
      "no schoolweging or CBS achterstandsscore joined to this primary school (new since 2019, or no unambiguous join); the mean of the municipality's schools, weighted by pupils → 0.5",
      { intensity: 0.5 },
    );
    expect(explainNeed(subject({ areaIntensity: -0.2 }), 'EXTRA_LEERTIJD').intensity).toBe(0);
  });

  it('takes 0 pupils as known and a negative count as unknown', () => {
    expect(explainNeed(subject({ pupils: 0 }), 'EXTRA_LEERTIJD')).toMatchObject({
      pupils: 0,
      weight: 0,
    });
    expect(explainNeed(subject({ pupils: -3 }), 'EXTRA_LEERTIJD').pupils).toBe(200);
  });

  it('assumes the national middle without any indicator, and every type applies without a type', () => {
    const e = explainNeed(subject({ schoolType: null, pupils: 100 }), 'VVE_KANSRIJKE_START');
    expect(e).toMatchObject({ weight: 45, source: 'DEFAULT', share: 1, intensity: 0.45 });
    expectIntensityStep(
      e,
      'geen indicator bekend: 0.45 aangenomen (ongeveer het landelijke midden)',
      'no indicator known: 0.45 assumed (about the national middle)',
      { intensity: 0.45 },
    );
  });

  it("follows the school's profile: its priority and its groepen (3–4 of 8 = 0.25)", () => {
    const e = explainNeed(
      subject({ profile: [{ code: 'TAAL_LEZEN', priority: 'MEDIUM', groepMin: 3, groepMax: 4 }] }),
      'TAAL_LEZEN',
    );
    expect(e).toMatchObject({ weight: 45, source: 'PROFILE', share: 0.25, intensity: 0.6 });
    expect(texts(e.steps).slice(1)).toEqual([
      [
        'INTENSITY',
        'volgens het behoefteprofiel van de school: prioriteit middel → 0,6',
        "from the school's needs profile: priority medium → 0.6",
      ],
      [
        'APPLICABILITY',
        'geldt voor een deel van de school: de genoemde groepen → aandeel 0,25',
        'applies to part of the school: the groepen named → share 0.25',
      ],
      [
        'RESULT',
        'behoefte = 300 leerlingen × aandeel 0,25 × intensiteit 0,6 = 45',
        'need = 300 pupils × share 0.25 × intensity 0.6 = 45',
      ],
    ]);
    expect(e.steps[1]!.params).toEqual({ priority: 'MEDIUM', intensity: 0.6 });
    expect(e.steps[2]!.params).toEqual({ share: 0.25 });
  });

  it('reads an open end of the profile groepen as groep 1 or 8, and ignores an empty range', () => {
    const share = (groepMin: number | null, groepMax: number | null) =>
      explainNeed(
        subject({ profile: [{ code: 'TAAL_LEZEN', priority: 'HIGH', groepMin, groepMax }] }),
        'TAAL_LEZEN',
      ).share;
    expect(share(7, null)).toBe(0.25);
    expect(share(null, 2)).toBe(0.25);
    expect(share(0, 9)).toBe(1);
    expect(share(6, 5)).toBe(1);
    expect(share(null, null)).toBe(1);
    expect(
      explainNeed(subject({ profile: [{ code: 'TAAL_LEZEN', priority: 'LOW' }] }), 'TAAL_LEZEN'),
    ).toMatchObject({ intensity: 0.3, weight: 90 });
  });

  it('gives a type the profile does not list no need, and says why', () => {
    const e = explainNeed(
      subject({ profile: [{ code: 'TAAL_LEZEN', priority: 'HIGH' }] }),
      'EXTRA_LEERTIJD',
    );
    expect(e).toMatchObject({ weight: 0, source: 'PROFILE_NOT_LISTED', intensity: 0 });
    expectIntensityStep(
      e,
      'de school heeft een behoefteprofiel en noemt dit thema niet → 0',
      'the school has a needs profile and does not list this theme → 0',
      { intensity: 0 },
    );
  });

  it('names the note of a part of the school the table gives, and a type that does not apply', () => {
    const vve = applicabilityForSchoolType('VVE_KANSRIJKE_START', 'BAO');
    const part = explainNeed(subject({ schoolweging: 37 }), 'VVE_KANSRIJKE_START');
    expect(part.steps.find((s) => s.code === 'APPLICABILITY')).toMatchObject({
      textNl: `geldt voor een deel van de school: ${vve.noteNl} → aandeel 0,25`,
      textEn: `applies to part of the school: ${vve.noteEn} → share 0.25`,
    });
    expect(vve.noteNl).not.toBe('');

    const vo = applicabilityForSchoolType('VVE_KANSRIJKE_START', 'VO');
    const none = explainNeed(
      subject({ schoolType: 'VO', schoolweging: 37 }),
      'VVE_KANSRIJKE_START',
    );
    expect(none).toEqual({
      code: 'VVE_KANSRIJKE_START',
      weight: 0,
      applies: false,
      source: 'NOT_APPLICABLE',
      pupils: 0,
      share: 0,
      intensity: 0,
      steps: [
        {
          code: 'APPLICABILITY',
          textNl: `n.v.t. voor VO: ${vo.noteNl}`,
          textEn: `not applicable to VO: ${vo.noteEn}`,
          params: { schoolType: 'VO', applies: 'false' },
        },
      ],
    });
  });
});

describe('needFormulaText', () => {
  it('states the parameters it is given, in Dutch and English', () => {
    const p = {
      ...NEED_PARAMETERS,
      defaultPupils: 250,
      priorityWeight: { HIGH: 0.9, MEDIUM: 0.5, LOW: 0.2 },
      nationalCredit: 0.4,
      // NEED_PARAMETERS is typed by its values; another set of parameters needs the cast.
    } as unknown as NeedParameters;
    const { nl, en } = needFormulaText(p);
    expect(nl).toHaveLength(8);
    expect(en).toHaveLength(8);
    expect(nl[2]).toBe('Leerlingen: het aantal van DUO (onbekend: 250).');
    expect(en[2]).toBe('Pupils: the DUO count (unknown: 250).');
    expect(nl[4]).toContain('(hoog 0,9, middel 0,5, laag 0,2; niet genoemd 0)');
    expect(en[4]).toContain('(high 0.9, medium 0.5, low 0.2; not listed 0)');
    expect(nl[5]).toContain('(25 of lager → 0,1, 37 of hoger → 1, daartussen rechtlijnig)');
    expect(nl[5]).toContain('(2 of meer → 1)');
    expect(nl[5]).toContain('anders 0,45.');
    expect(en[5]).toContain('(25 or below → 0.1, 37 or above → 1, linear between)');
    expect(en[5]).toContain('else 0.45.');
    expect(nl[6]).toContain('alleen landelijk aanbod voor 40 %');
    expect(en[6]).toContain('national offerings only for 40 %');
    for (const line of [...nl, ...en]) expect(line.length).toBeGreaterThan(20);
    expect(nl[1]).toBe('behoefte = leerlingen × aandeel × intensiteit.');
    expect(en[1]).toBe('need = pupils × share × intensity.');
  });
});
