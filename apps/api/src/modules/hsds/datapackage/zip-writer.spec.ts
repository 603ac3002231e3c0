import { strFromU8, unzipSync } from 'fflate';
import { zipEntries } from './zip-writer.js';

describe('zipEntries', () => {
  const mtime = new Date('2020-01-01T00:00:00Z');
  const entries = [
    { name: 'datapackage.json', data: Buffer.from('{"name":"x"}\n') },
    { name: 'services.csv', data: Buffer.from('id,name\r\n1,"Taal, lezen"\r\n'.repeat(500)) },
    { name: 'empty.csv', data: Buffer.alloc(0) },
  ];

  it('writes a ZIP another reader unpacks to the same files', async () => {
    const zip = await zipEntries(entries, mtime);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['datapackage.json', 'services.csv', 'empty.csv']);
    for (const e of entries) expect(strFromU8(files[e.name]!)).toBe(e.data.toString('utf8'));
    expect(zip.length).toBeLessThan(entries[1]!.data.length / 10); // compressed
  });

  it('gives the same bytes for the same files and date, other bytes for another date', async () => {
    const a = await zipEntries(entries, mtime);
    expect((await zipEntries(entries, mtime)).equals(a)).toBe(true);
    expect((await zipEntries(entries, new Date('2021-06-15T12:30:00Z'))).equals(a)).toBe(false);
  });
});
