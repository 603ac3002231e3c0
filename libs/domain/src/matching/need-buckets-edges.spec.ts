import { NeedBuckets, type NeedBucket } from './need-buckets.js';

// NeedBuckets on its own: entries filed by key and need mask, and taken out again by swapping
// with the last entry of their group.

interface Entry {
  readonly name: string;
  readonly needMask: number;
  bucket: NeedBucket<Entry> | undefined;
  bucketIndex: number;
}
const entry = (name: string, needMask: number): Entry => ({
  name,
  needMask,
  bucket: undefined,
  bucketIndex: -1,
});
/** A fresh NeedBuckets and its entries, of one need mask, filed under the key 'k' in order. */
function filedUnderK(needMask: number, ...entryNames: string[]): [NeedBuckets<Entry>, ...Entry[]] {
  const nb = new NeedBuckets<Entry>();
  const entries = entryNames.map((name) => entry(name, needMask));
  for (const e of entries) nb.add('k', e);
  return [nb, ...entries];
}
const names = (buckets: readonly NeedBucket<Entry>[]) =>
  buckets.map((b) => [b.mask, b.entries.map((e) => e.name)]);

describe('NeedBuckets', () => {
  it('groups entries of one key by need mask, each mask once, in order of first appearance', () => {
    const nb = new NeedBuckets<Entry>();
    nb.add('PV28', entry('a', 1));
    nb.add('PV28', entry('b', 6));
    nb.add('PV28', entry('c', 1));
    nb.add('PV27', entry('d', 1));
    expect(names(nb.buckets('PV28'))).toEqual([
      [1, ['a', 'c']],
      [6, ['b']],
    ]);
    expect(names(nb.buckets('PV27'))).toEqual([[1, ['d']]]);
    expect(nb.buckets('PV20')).toEqual([]);
    expect(nb.buckets(undefined)).toEqual([]);
    expect(nb.size).toBe(4);
  });

  it('tells each entry its bucket and its place in it', () => {
    const [nb, a, b] = filedUnderK(3, 'a', 'b');
    expect(a.bucket).toBe(nb.buckets('k')[0]);
    expect([a.bucketIndex, b.bucketIndex]).toEqual([0, 1]);
  });

  it('fills the gap a removed entry leaves with the last entry of its group', () => {
    const [nb, a, b, c] = filedUnderK(1, 'a', 'b', 'c');
    nb.remove(a);
    expect(names(nb.buckets('k'))).toEqual([[1, ['c', 'b']]]);
    expect([c.bucketIndex, b.bucketIndex]).toEqual([0, 1]);
    expect([a.bucket, a.bucketIndex]).toEqual([undefined, -1]);
    // The moved entry can itself be removed cleanly afterwards.
    nb.remove(c);
    expect(names(nb.buckets('k'))).toEqual([[1, ['b']]]);
    expect(b.bucketIndex).toBe(0);
    expect(nb.size).toBe(1);
  });

  it('removes the last entry of a group without moving anything, and keeps the empty group', () => {
    const [nb, a, b] = filedUnderK(2, 'a', 'b');
    nb.remove(b);
    expect(names(nb.buckets('k'))).toEqual([[2, ['a']]]);
    expect(a.bucketIndex).toBe(0);
    nb.remove(a);
    expect(names(nb.buckets('k'))).toEqual([[2, []]]);
    expect(nb.size).toBe(0);
  });

  it('ignores removing an entry that is not filed, or no longer', () => {
    const nb = new NeedBuckets<Entry>();
    const [a, b] = [entry('a', 1), entry('b', 1)];
    nb.add('k', a);
    nb.remove(b);
    nb.add('k', b);
    nb.remove(a);
    nb.remove(a);
    expect(names(nb.buckets('k'))).toEqual([[1, ['b']]]);
    expect(b.bucketIndex).toBe(0);
    expect(nb.size).toBe(1);
  });

  it('files a removed entry again like a new one', () => {
    const [nb, a, b] = filedUnderK(1, 'a', 'b');
    nb.remove(a);
    nb.add('k', a);
    expect(names(nb.buckets('k'))).toEqual([[1, ['b', 'a']]]);
    expect([b.bucketIndex, a.bucketIndex]).toEqual([0, 1]);
    expect(nb.size).toBe(2);
  });
});
