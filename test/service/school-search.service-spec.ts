import { SchoolsService } from '../../apps/api/src/modules/schools/index.js';
import type { SchoolsArgs } from '../../apps/api/src/modules/schools/dto/schools.args.js';
import { newSchool } from '../support/factories.js';
import { useServices } from '../support/service-harness.js';

// Service tier: the school search of the finder on a real database: streets, several words,
// postcodes and the typo fallback.
describe('SchoolsService search (service tier)', () => {
  const h = useServices();

  const search = async (term: string) => {
    const page = await h
      .get(SchoolsService)
      .list({ search: term, first: 20, includeInactive: false } as SchoolsArgs);
    return page.nodes.map((s) => s.name);
  };

  beforeAll(async () => {
    await newSchool(h.db, {
      name: 'Basisschool De Zeppelin',
      city: 'Vlaardingen',
      address: 'Hoflaan 83',
      postcode: '3134AC',
    });
    await newSchool(h.db, {
      name: 'Openbare Basisschool Het Baken',
      city: 'Maassluis',
      address: 'Westlandseweg 20',
      postcode: '3151HD',
    });
  }, 60_000);

  it('finds a school by its street, by several words and by postcode', async () => {
    expect(await search('hoflaan')).toEqual(['Basisschool De Zeppelin']);
    expect(await search('zeppelin vlaardingen')).toEqual(['Basisschool De Zeppelin']);
    expect(await search('baken maassluis')).toEqual(['Openbare Basisschool Het Baken']);
    expect(await search('zeppelin maassluis')).toEqual([]);
    expect(await search('3151 HD')).toEqual(['Openbare Basisschool Het Baken']);
  }, 60_000);

  it('forgives a typo in a place, a street or a name', async () => {
    expect(await search('vlaardigen')).toEqual(['Basisschool De Zeppelin']);
    expect(await search('westlandsweg')).toEqual(['Openbare Basisschool Het Baken']);
    expect(await search('zepelin')).toEqual(['Basisschool De Zeppelin']);
  }, 60_000);

  it('finds nothing for a term that is nowhere near a known word', async () => {
    expect(await search('qwxyzvbn')).toEqual([]);
  }, 60_000);
});
