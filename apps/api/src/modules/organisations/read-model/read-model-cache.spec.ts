import { ReadModelCache } from './read-model-cache.js';

interface Row {
  id: string;
  title: string;
}

describe('ReadModelCache', () => {
  const idOf = (r: Row) => r.id;

  it('loads only what it does not hold, and forgets invalidated ids', async () => {
    const cache = new ReadModelCache();
    const asked: string[][] = [];
    const load = async (ids: string[]) => {
      asked.push(ids);
      return ids.map((id) => ({ id, title: `t${asked.length}` }));
    };
    await cache.getMany('OFFERING', ['a', 'b'], idOf, load);
    const second = await cache.getMany('OFFERING', ['a', 'c'], idOf, load);
    expect(asked).toEqual([['a', 'b'], ['c']]);
    expect(second.map((r) => r.title).sort()).toEqual(['t1', 't2']);

    cache.invalidate('OFFERING', ['a']);
    await cache.getMany('OFFERING', ['a', 'b'], idOf, load);
    expect(asked[2]).toEqual(['a']);
  });

  it('never stores a row loaded while an invalidation happened', async () => {
    const cache = new ReadModelCache();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = cache.getMany<Row>('OFFERING', ['a'], idOf, async (ids) => {
      await gate; // the old row is read, then a write commits before the load finishes
      return ids.map((id) => ({ id, title: 'old' }));
    });
    cache.invalidate('OFFERING', ['a']);
    release();
    expect((await slow)[0].title).toBe('old');
    const next = await cache.getMany<Row>('OFFERING', ['a'], idOf, async (ids) =>
      ids.map((id) => ({ id, title: 'new' })),
    );
    expect(next[0].title).toBe('new');
  });

  it('drops cached offerings when an organisation changes (they show its data)', async () => {
    const cache = new ReadModelCache();
    let loads = 0;
    const load = async (ids: string[]) => {
      loads++;
      return ids.map((id) => ({ id, title: 'x' }));
    };
    await cache.getMany('OFFERING', ['a'], idOf, load);
    cache.invalidate('SCHOOL', ['z']);
    await cache.getMany('OFFERING', ['a'], idOf, load);
    expect(loads).toBe(1);
    cache.invalidate('ORGANISATION', ['org']);
    await cache.getMany('OFFERING', ['a'], idOf, load);
    expect(loads).toBe(2);
  });
});

describe('ReadModelCache.derived', () => {
  it('keeps a derived value until an offering or organisation changes', async () => {
    const cache = new ReadModelCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.derived('k', load)).toBe(1);
    expect(await cache.derived('k', load)).toBe(1);
    cache.invalidate('SCHOOL', ['z']);
    expect(await cache.derived('k', load)).toBe(1);
    cache.invalidate('OFFERING', ['a']);
    expect(await cache.derived('k', load)).toBe(2);
    cache.invalidate('ORGANISATION', ['o']);
    expect(await cache.derived('k', load)).toBe(3);
    expect(await cache.derived('other', load)).toBe(4);
  });

  it('shares one load between concurrent callers, and never stores one that overlapped a change', async () => {
    const cache = new ReadModelCache();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let loads = 0;
    const slow = async () => {
      loads++;
      await gate;
      return 'old';
    };
    const first = cache.derived('k', slow);
    const second = cache.derived('k', slow);
    expect(loads).toBe(1);
    cache.invalidate('OFFERING', ['a']); // a write commits while the list is being read
    const third = cache.derived('k', async () => 'new'); // a caller after the change: own load
    release();
    expect(await Promise.all([first, second, third])).toEqual(['old', 'old', 'new']);
    expect(await cache.derived('k', async () => 'newer')).toBe('new');
  });
});
