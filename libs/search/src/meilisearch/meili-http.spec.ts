import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMeiliIndexClient } from './create-meili-client.js';
import { ensureMeiliKeys, meiliKeyDefinitions, removeMeiliIndexAndKeys } from './meili-keys.js';

// The adapter against a small stand-in for the Meilisearch server (an external service): a
// local node:http server that answers the routes the adapter uses with the shapes Meilisearch
// documents (an enqueued task: taskUid, indexUid, status, type, enqueuedAt; a task: uid, status,
// error { message, code, type, link } or null; GET /keys/{uid}: 404 api_key_not_found when the
// key does not exist). It keeps what it is sent, so the tests check the requests too.

interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: unknown;
}

interface MeiliError {
  message: string;
  code: string;
  type: string;
  link: string;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  status: string;
  type: string;
  error: MeiliError | null;
  /** How many more GET /tasks/{uid} answer "processing" before the final status. */
  pending: number;
}

const error = (code: string, message: string): MeiliError => ({
  message,
  code,
  type: 'invalid_request',
  link: `https://docs.meilisearch.com/errors#${code}`,
});

class FakeMeili {
  readonly requests: Received[] = [];
  readonly indexes = new Set<string>();
  readonly documents = new Map<string, Record<string, unknown>>();
  readonly keys = new Map<string, string>();
  settings: Record<string, unknown> = { searchableAttributes: ['*'], stopWords: [] };
  searchResponse: Record<string, unknown> = {};
  /** The next task's error, when a test wants a write to fail. */
  nextError: MeiliError | null = null;
  private readonly tasks: FakeTask[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  routes(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  private enqueue(indexUid: string | null, type: string, apply: () => MeiliError | null) {
    const failed = this.nextError ?? apply();
    this.nextError = null;
    const task: FakeTask = {
      uid: this.tasks.length,
      indexUid,
      status: failed ? 'failed' : 'succeeded',
      type,
      error: failed,
      pending: 1,
    };
    this.tasks.push(task);
    return {
      202: {
        taskUid: task.uid,
        indexUid,
        status: 'enqueued',
        type,
        enqueuedAt: new Date().toISOString(),
      },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const received: Received = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      auth: req.headers.authorization,
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(received);
    const [status, payload] = Object.entries(this.answer(received))[0]!;
    res.writeHead(Number(status), { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }

  private answer({ method, path, query, body }: Received): Record<number, unknown> {
    const parts = path.split('/').filter(Boolean);
    const route = `${method} /${parts.map((p, i) => (i === 1 ? ':' : p)).join('/')}`;
    const uid = parts[1] ?? '';
    switch (route) {
      case 'POST /indexes': {
        const { uid: index } = body as { uid: string };
        return this.enqueue(index, 'indexCreation', () => {
          if (this.indexes.has(index)) {
            return error('index_already_exists', `Index \`${index}\` already exists.`);
          }
          this.indexes.add(index);
          return null;
        });
      }
      case 'GET /tasks/:': {
        const task = this.tasks[Number(uid)];
        if (!task) return { 404: error('task_not_found', `Task \`${uid}\` not found.`) };
        const { pending, ...shown } = task;
        if (pending > 0) {
          task.pending--;
          return { 200: { ...shown, status: 'processing', error: null } };
        }
        return { 200: shown };
      }
      case 'GET /indexes/:/settings':
        return { 200: this.settings };
      case 'PATCH /indexes/:/settings':
        return this.enqueue(uid, 'settingsUpdate', () => {
          this.settings = { ...this.settings, ...(body as Record<string, unknown>) };
          return null;
        });
      case 'POST /indexes/:/documents': {
        const key = query.get('primaryKey') ?? 'id';
        return this.enqueue(uid, 'documentAdditionOrUpdate', () => {
          for (const d of body as Record<string, unknown>[]) this.documents.set(String(d[key]), d);
          return null;
        });
      }
      case 'GET /indexes/:/documents': {
        const offset = Number(query.get('offset') ?? 0);
        const limit = Number(query.get('limit') ?? 20);
        const fields = query.get('fields')?.split(',');
        const all = [...this.documents.values()];
        const results = all
          .slice(offset, offset + limit)
          .map((d) => (fields ? Object.fromEntries(fields.map((f) => [f, d[f]])) : d));
        return { 200: { results, offset, limit, total: all.length } };
      }
      case 'POST /indexes/:/documents/delete-batch':
        return this.enqueue(uid, 'documentDeletion', () => {
          for (const id of body as string[]) this.documents.delete(id);
          return null;
        });
      case 'DELETE /indexes/:/documents':
        return this.enqueue(uid, 'documentDeletion', () => {
          this.documents.clear();
          return null;
        });
      case 'GET /indexes/:/stats':
        return {
          200: { numberOfDocuments: this.documents.size, isIndexing: false, fieldDistribution: {} },
        };
      case 'POST /indexes/:/search':
        return {
          200: {
            hits: [],
            query: (body as { q: string }).q,
            processingTimeMs: 1,
            ...this.searchResponse,
          },
        };
      case 'GET /keys/:': {
        const key = this.keys.get(uid);
        return key
          ? { 200: { uid, key } }
          : { 404: error('api_key_not_found', `API key \`${uid}\` not found.`) };
      }
      case 'DELETE /indexes/:':
        return this.enqueue(uid, 'indexDeletion', () =>
          this.indexes.delete(uid) ? null : error('index_not_found', `Index \`${uid}\` not found.`),
        );
      case 'DELETE /keys/:':
        return this.keys.delete(uid)
          ? { 204: null }
          : { 404: error('api_key_not_found', `API key \`${uid}\` not found.`) };
      case 'POST /keys': {
        const definition = body as { uid: string };
        const key = `key-for-${definition.uid}`;
        this.keys.set(definition.uid, key);
        return { 201: { ...definition, key } };
      }
      default:
        return { 404: error('not_found', `No route ${route}`) };
    }
  }
}

const keys = { adminKey: 'admin-secret', searchKey: 'search-secret' };

/** A fresh stand-in started before each test and stopped after it; call for the running one. */
function fakeMeiliPerTest(): () => FakeMeili {
  let meili: FakeMeili;
  beforeEach(async () => {
    meili = new FakeMeili();
    await meili.start();
  }, 30_000);
  afterEach(async () => meili.stop(), 30_000);
  return () => meili;
}

describe('createMeiliIndexClient against a Meilisearch stand-in', () => {
  const meili = fakeMeiliPerTest();

  const client = () => createMeiliIndexClient(meili().url, keys, 'pw_test');

  it('creates the index once and takes "already exists" as done, but reports other failures', async () => {
    const c = client();
    expect(c.uid).toBe('pw_test');
    expect(await c.ensureIndex('id')).toEqual({ status: 'succeeded', error: null });
    expect(meili().requests[0]).toMatchObject({
      method: 'POST',
      path: '/indexes',
      auth: 'Bearer admin-secret',
      body: { uid: 'pw_test', primaryKey: 'id' },
    });
    // The task is polled until it is no longer processing.
    expect(
      meili()
        .routes()
        .filter((r) => r === 'GET /tasks/0'),
    ).toHaveLength(2);
    expect(await c.ensureIndex('id')).toBeNull();
    meili().nextError = error('invalid_index_primary_key', 'Bad primary key.');
    expect(await client().ensureIndex('id')).toEqual({
      status: 'failed',
      error: { message: 'Bad primary key.', code: 'invalid_index_primary_key' },
    });
  }, 30_000);

  it('reads and updates the settings, waiting for the update', async () => {
    const c = client();
    expect(await c.getSettings()).toEqual({ searchableAttributes: ['*'], stopWords: [] });
    expect(await c.updateSettings({ stopWords: ['de'] })).toEqual({
      status: 'succeeded',
      error: null,
    });
    expect(meili().settings).toEqual({ searchableAttributes: ['*'], stopWords: ['de'] });
    expect(meili().routes()).toEqual([
      'GET /indexes/pw_test/settings',
      'PATCH /indexes/pw_test/settings',
      'GET /tasks/0',
      'GET /tasks/0',
    ]);
    expect(meili().requests.every((r) => r.auth === 'Bearer admin-secret')).toBe(true);
  }, 30_000);

  it('enqueues documents without waiting, then waits for every task and reports each', async () => {
    const c = client();
    const first = await c.enqueueDocuments([{ id: 'a', updatedAt: 1 }]);
    meili().nextError = error('invalid_document_fields', 'A document is not valid.');
    const second = await c.enqueueDocuments([{ id: 'b', updatedAt: 2 }]);
    expect([first, second]).toEqual([{ taskUid: 0 }, { taskUid: 1 }]);
    expect(meili().routes()).toEqual([
      'POST /indexes/pw_test/documents',
      'POST /indexes/pw_test/documents',
    ]);
    expect(meili().requests[0]!.query.get('primaryKey')).toBe('id');
    expect(await c.waitForTasks([first, second])).toEqual([
      { status: 'succeeded', error: null },
      {
        status: 'failed',
        error: { message: 'A document is not valid.', code: 'invalid_document_fields' },
      },
    ]);
    expect(await c.waitForTasks([])).toEqual([]);
  }, 30_000);

  it('deletes some documents, then all, and counts what is left', async () => {
    const c = client();
    await c.waitForTasks([
      await c.enqueueDocuments(['a', 'b', 'c'].map((id) => ({ id, updatedAt: 1 }))),
    ]);
    expect(await c.stats()).toEqual({ numberOfDocuments: 3 });
    expect(await c.deleteDocuments(['a', 'c'])).toEqual({ status: 'succeeded', error: null });
    expect([...meili().documents.keys()]).toEqual(['b']);
    expect(await c.stats()).toEqual({ numberOfDocuments: 1 });
    expect(await c.deleteAllDocuments()).toEqual({ status: 'succeeded', error: null });
    expect(await c.stats()).toEqual({ numberOfDocuments: 0 });
    expect(meili().routes()).toContain('POST /indexes/pw_test/documents/delete-batch');
    expect(meili().routes()).toContain('DELETE /indexes/pw_test/documents');
  }, 30_000);

  it('reads every id with its updatedAt, a thousand at a time', async () => {
    const c = client();
    for (let i = 0; i < 2500; i++)
      meili().documents.set(`o${i}`, { id: `o${i}`, updatedAt: i, name: 'x' });
    const ids = await c.allIds();
    expect(ids.size).toBe(2500);
    expect(ids.get('o0')).toBe(0);
    expect(ids.get('o2499')).toBe(2499);
    const pages = meili().requests.filter((r) => r.path === '/indexes/pw_test/documents');
    expect(pages.map((p) => [p.query.get('offset'), p.query.get('limit')])).toEqual([
      ['0', '1000'],
      ['1000', '1000'],
      ['2000', '1000'],
    ]);
    expect(pages[0]!.query.get('fields')).toBe('id,updatedAt');
    // Exactly a thousand: one more page, found empty, ends the reading.
    meili().requests.length = 0;
    for (let i = 1000; i < 2500; i++) meili().documents.delete(`o${i}`);
    expect((await c.allIds()).size).toBe(1000);
    expect(meili().requests).toHaveLength(2);
    meili().documents.clear();
    expect(await c.allIds()).toEqual(new Map());
  }, 30_000);

  it('searches with the search key and passes on the totals the server gives', async () => {
    const c = client();
    meili().searchResponse = {
      hits: [{ id: 'a' }],
      totalHits: 7,
      totalPages: 7,
      page: 2,
      hitsPerPage: 1,
      facetDistribution: { sector: { PO: 7 } },
    };
    const params = { page: 2, hitsPerPage: 1, filter: 'sector = PO', facets: ['sector'] };
    expect(await c.search('lezen', params)).toEqual({
      hits: [{ id: 'a' }],
      totalHits: 7,
      estimatedTotalHits: undefined,
      facetDistribution: { sector: { PO: 7 } },
    });
    const [request] = meili().requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/indexes/pw_test/search',
      auth: 'Bearer search-secret',
      body: { q: 'lezen', ...params },
    });
    meili().searchResponse = { hits: [], estimatedTotalHits: 12, limit: 20, offset: 0 };
    expect(await c.search('taal', params)).toEqual({
      hits: [],
      estimatedTotalHits: 12,
      totalHits: undefined,
      facetDistribution: undefined,
    });
  }, 30_000);
});

describe('ensureMeiliKeys against a Meilisearch stand-in', () => {
  const meili = fakeMeiliPerTest();

  it('creates both keys with the master key when they do not exist, then finds them', async () => {
    const { admin, search } = meiliKeyDefinitions('pw_test');
    const created = await ensureMeiliKeys(meili().url, 'master', 'pw_test');
    expect(created).toEqual({
      adminKey: `key-for-${admin.uid}`,
      searchKey: `key-for-${search.uid}`,
    });
    expect(meili().routes()).toEqual([
      `GET /keys/${admin.uid}`,
      'POST /keys',
      `GET /keys/${search.uid}`,
      'POST /keys',
    ]);
    expect(meili().requests[1]!.body).toEqual(admin);
    expect(meili().requests[3]!.body).toEqual(search);
    expect(meili().requests.every((r) => r.auth === 'Bearer master')).toBe(true);

    meili().requests.length = 0;
    expect(await ensureMeiliKeys(meili().url, 'master', 'pw_test')).toEqual(created);
    expect(meili().routes()).toEqual([`GET /keys/${admin.uid}`, `GET /keys/${search.uid}`]);
  }, 30_000);
});

describe('removeMeiliIndexAndKeys against a Meilisearch stand-in', () => {
  const meili = fakeMeiliPerTest();

  it('deletes the index (waiting for its task) and both keys with the master key; a second run finds nothing left and does not fail', async () => {
    const { admin, search } = meiliKeyDefinitions('pw_contract_x');
    await ensureMeiliKeys(meili().url, 'master', 'pw_contract_x');
    meili().indexes.add('pw_contract_x');
    meili().requests.length = 0;

    await removeMeiliIndexAndKeys(meili().url, 'master', 'pw_contract_x');
    expect(meili().indexes.size).toBe(0);
    expect(meili().keys.size).toBe(0);
    const routes = meili().routes();
    expect(routes[0]).toBe('DELETE /indexes/pw_contract_x');
    expect(routes.slice(1, -2).every((r) => /^GET \/tasks\/\d+$/.test(r))).toBe(true);
    expect(routes.length).toBeGreaterThan(3);
    expect(routes.slice(-2)).toEqual([`DELETE /keys/${admin.uid}`, `DELETE /keys/${search.uid}`]);
    expect(meili().requests.every((r) => r.auth === 'Bearer master')).toBe(true);

    await expect(
      removeMeiliIndexAndKeys(meili().url, 'master', 'pw_contract_x'),
    ).resolves.toBeUndefined();
  }, 30_000);

  it('says so when the index could not be deleted', async () => {
    meili().indexes.add('pw_contract_y');
    meili().nextError = error('internal', 'disk full');
    await expect(removeMeiliIndexAndKeys(meili().url, 'master', 'pw_contract_y')).rejects.toThrow(
      /pw_contract_y.*disk full/,
    );
  }, 30_000);
});

describe('Meilisearch key definitions, named and described', () => {
  it('names both keys after their role and index, and says what each is for', () => {
    const { admin, search } = meiliKeyDefinitions('pw_x');
    expect(admin.name).toBe('partnerwijzer-admin-pw_x');
    expect(search.name).toBe('partnerwijzer-search-pw_x');
    expect(admin.description).toContain('pw_x');
    expect(admin.description).toContain('bijhouden');
    expect(search.description).toContain('pw_x');
    expect(search.description).toContain('alleen zoeken');
    expect(admin.expiresAt).toBeNull();
    expect(search.expiresAt).toBeNull();
  });

  it('grants the admin key exactly what the adapter does with the index, and nothing else', () => {
    expect(meiliKeyDefinitions('pw_x').admin.actions).toEqual([
      'indexes.create',
      'indexes.get',
      'indexes.update',
      'documents.add',
      'documents.get',
      'documents.delete',
      'settings.get',
      'settings.update',
      'tasks.get',
      'stats.get',
      'search',
    ]);
  });

  it('gives the search key of each index its own uid', () => {
    expect(meiliKeyDefinitions('a').search.uid).not.toBe(meiliKeyDefinitions('b').search.uid);
    expect(meiliKeyDefinitions('a').admin.uid).not.toBe(meiliKeyDefinitions('b').admin.uid);
  });
});
