import { print, type DocumentNode } from 'graphql';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { graphql } from '../generated/gql.js';
import {
  buildApi,
  freePort,
  http,
  startBuiltServer,
  type BuiltServer,
} from '../support/built-api.js';
import {
  createTestDatabase,
  describeOnPostgres,
  type TestDatabase,
} from '../support/test-database.js';

// Three API processes on one PostgreSQL, as behind a load balancer. A write through one must
// be visible in matchPartners and searchOfferings through the others within 1 s. The feed
// poll intervals are set to a minute, so only LISTEN/NOTIFY can make that happen. PGlite is
// one process by design (a second is refused), so this suite needs PostgreSQL.

const TOKEN = 'replica-test-operator-token-0123456789';
const SLOW = 240_000;

const PICK_SCHOOL = graphql(`
  query ReplicaPickSchool {
    schools(municipalityCode: "GM0606", sector: PO, first: 20) {
      nodes { vestigingscode schoolType }
    }
  }`);
const MATCH = graphql(`
  query ReplicaMatch($code: String!) {
    matchPartners(input: { vestigingscode: $code, needs: [], limit: 100 }) {
      matches { offering { id title } }
    }
  }`);
const SEARCH = graphql(`
  query ReplicaSearch($text: String!) {
    searchOfferings(input: { text: $text }) { total hits { offering { id } } }
  }`);
const RESET = graphql(`
  mutation ReplicaReset($email: String!) { requestPasswordReset(email: $email) }`);
const RENAME = graphql(`
  mutation ReplicaRename($id: ID!, $input: OfferingFieldsInput!) {
    updateOffering(offeringId: $id, input: $input) { title }
  }`);

type Replica = BuiltServer;

function startReplica(
  name: string,
  db: TestDatabase,
  extra: Record<string, string> = {},
): Promise<Replica> {
  return startBuiltServer(name, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.databaseUrl,
    ADMIN_API_TOKEN: TOKEN,
    SEED_DEMO_DATA: 'true',
    MATCH_SYNC_INTERVAL_MS: '60000',
    SEARCH_SYNC_INTERVAL_MS: '60000',
    SHUTDOWN_TIMEOUT_MS: '15000',
    RATE_LIMIT_QUERIES_PER_IP: '0',
    // One budget for all three: 6 reset requests per client address per hour.
    RATE_LIMIT_STORE: 'database',
    RATE_LIMIT_RESET_PER_IP: '6',
    RATE_LIMIT_RESET_PER_EMAIL: '0',
    ...extra,
  });
}

async function gql<R>(
  replica: Replica,
  document: DocumentNode | { toString(): string },
  variables: Record<string, unknown> = {},
  auth = false,
): Promise<R> {
  const res = await http(
    replica.port,
    '/graphql',
    JSON.stringify({ query: print(document as DocumentNode), variables }),
    auth ? { authorization: `Bearer ${TOKEN}` } : {},
  );
  const body = JSON.parse(res.text) as { data?: R; errors?: unknown[] };
  if (body.errors) throw new Error(`${replica.name}: ${JSON.stringify(body.errors)}`);
  return body.data as R;
}

describeOnPostgres(
  {
    suite: 'multi-replica',
    title: 'three API replicas on one PostgreSQL',
    skipped: 'three API replicas',
  },
  () => {
    let db: TestDatabase;
    const replicas: Replica[] = [];
    // Every replica's mail worker sends to this server; it takes 30 ms per message, so the
    // workers' claims overlap in time.
    const delivered: string[] = [];
    const smtpSessions = new Set<string>();
    let smtp: SMTPServer;
    let mailEnv: Record<string, string>;

    beforeAll(async () => {
      buildApi();
      smtp = new SMTPServer({
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          smtpSessions.add(session.id);
          const to = session.envelope.rcptTo.map((r) => r.address);
          stream.resume();
          stream.on('end', () =>
            setTimeout(() => {
              delivered.push(...to);
              callback();
            }, 30),
          );
        },
      });
      const smtpPort = await freePort();
      await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', r));
      mailEnv = {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: 'Partnerwijzer <noreply@partnerwijzer.example.nl>',
        MAIL_SEND_INTERVAL_MS: '100',
      };
      db = await createTestDatabase();
      // The first runs the migrations and loads the demo data; then the other two join.
      replicas.push(await startReplica('A', db, mailEnv));
      replicas.push(
        ...(await Promise.all([startReplica('B', db, mailEnv), startReplica('C', db, mailEnv)])),
      );
    }, SLOW);

    afterAll(async () => {
      for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGTERM');
      await Promise.all(replicas.map((r) => r.exited));
      await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
      await db?.dispose();
    }, SLOW);

    it(
      'shows a write through one replica in matchPartners and searchOfferings on the others by notification, not the poll (timed)',
      async () => {
        const [a, b, c] = replicas as [Replica, Replica, Replica];
        const schools = await gql<{ schools: { nodes: { vestigingscode: string }[] } }>(
          b,
          PICK_SCHOOL,
        );
        const code = schools.schools.nodes[0]!.vestigingscode;
        type Match = { matchPartners: { matches: { offering: { id: string; title: string } }[] } };
        const before = await gql<Match>(b, MATCH, { code });
        const target = before.matchPartners.matches[0]!.offering;
        const word = `Replicatoets${Date.now().toString(36)}`;

        const wrote = performance.now();
        await gql(a, RENAME, { id: target.id, input: { title: `${word} ${target.title}` } }, true);
        const seen: Record<string, number> = {};
        await Promise.all(
          [b, c].flatMap((r) => [
            (async () => {
              for (;;) {
                const m = await gql<Match>(r, MATCH, { code });
                const found = m.matchPartners.matches.find((x) => x.offering.id === target.id);
                if (found?.offering.title.startsWith(word)) break;
                if (performance.now() - wrote > 10_000) throw new Error(`${r.name}: match stale`);
                await new Promise((res) => setTimeout(res, 10));
              }
              seen[`${r.name} matchPartners`] = Math.round(performance.now() - wrote);
            })(),
            (async () => {
              for (;;) {
                const s = await gql<{ searchOfferings: { hits: { offering: { id: string } }[] } }>(
                  r,
                  SEARCH,
                  { text: word },
                );
                if (s.searchOfferings.hits.some((h) => h.offering.id === target.id)) break;
                if (performance.now() - wrote > 10_000) throw new Error(`${r.name}: search stale`);
                await new Promise((res) => setTimeout(res, 10));
              }
              seen[`${r.name} searchOfferings`] = Math.round(performance.now() - wrote);
            })(),
          ]),
        );
        // Reported, not asserted against the 1 s goal (timing belongs in bench:replicas); the
        // bound below only proves it was the notification, not the one-minute poll.
        console.log(`write → visible on the other replicas (ms): ${JSON.stringify(seen)}`);
        for (const ms of Object.values(seen)) expect(ms).toBeLessThan(30_000);
      },
      SLOW,
    );

    it(
      'holds one rate limit across the three: the seventh reset request is refused, wherever it lands',
      async () => {
        const answers: string[] = [];
        for (let i = 0; i < 7; i++) {
          const replica = replicas[i % 3]!;
          const res = await http(
            replica.port,
            '/graphql',
            JSON.stringify({ query: print(RESET), variables: { email: `r${i}@voorbeeld.nl` } }),
          );
          const body = JSON.parse(res.text) as { errors?: { extensions?: { code?: string } }[] };
          answers.push(`${replica.name}:${body.errors?.[0]?.extensions?.code ?? 'OK'}`);
        }
        expect(answers).toEqual(['A:OK', 'B:OK', 'C:OK', 'A:OK', 'B:OK', 'C:OK', 'A:RATE_LIMITED']);
      },
      SLOW,
    );

    it(
      'sends each queued mail exactly once while the three replicas’ mail workers run at once',
      async () => {
        const count = 150;
        const recipients = Array.from({ length: count }, (_, i) => `uitgaand${i}@voorbeeld.nl`);
        // Queued in one transaction, as a burst of requests would; every worker sees them due.
        const client = new pg.Client({ connectionString: db.databaseUrl });
        await client.connect();
        try {
          await client.query(
            `INSERT INTO mail_outbox (recipient, subject, body)
             SELECT r, 'Test van de uitgaande post', 'Geen inhoud' FROM unnest($1::text[]) AS r`,
            [recipients],
          );
          const deadline = Date.now() + 120_000;
          for (;;) {
            const [{ left }] = (
              await client.query<{ left: number }>(
                `SELECT count(*)::int AS left FROM mail_outbox
                  WHERE recipient = ANY($1::text[]) AND sent_at IS NULL AND failed_at IS NULL`,
                [recipients],
              )
            ).rows as [{ left: number }];
            if (left === 0) break;
            if (Date.now() > deadline) throw new Error(`${left} mails still unsent after 120 s`);
            await new Promise((r) => setTimeout(r, 200));
          }
          const [{ attempts }] = (
            await client.query<{ attempts: number }>(
              `SELECT max(attempts)::int AS attempts FROM mail_outbox WHERE recipient = ANY($1::text[])`,
              [recipients],
            )
          ).rows as [{ attempts: number }];
          expect(attempts).toBe(1);
        } finally {
          await client.end();
        }
        const ours = delivered.filter((to) => to.startsWith('uitgaand'));
        // Exactly once each: no mail lost, none sent by two workers.
        expect(ours.length).toBe(count);
        expect(new Set(ours).size).toBe(count);
        console.log(`${count} mails delivered over ${smtpSessions.size} SMTP sessions`);
      },
      SLOW,
    );

    it(
      'keeps answering while it reports not-ready after SIGTERM, then exits cleanly',
      async () => {
        // A fourth replica of its own, stopped the way an orchestrator stops one behind a
        // proxy: it reports not-ready for a while, still serving, so the proxy moves traffic
        // away first. A, B and C serve the other tests in any order. (In \`replicas\` too, so
        // afterAll stops it should this test fail before it exits.)
        const c = await startReplica('D', db, { ...mailEnv, SHUTDOWN_READY_DELAY_MS: '1500' });
        replicas.push(c);
        const schools = await gql<{ schools: { nodes: { vestigingscode: string }[] } }>(
          c,
          PICK_SCHOOL,
        );
        const code = schools.schools.nodes[0]!.vestigingscode;
        c.child.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 100));
        expect((await http(c.port, '/health/ready')).status).toBe(503);
        const answers = await Promise.all(
          Array.from({ length: 5 }, () =>
            gql<{ matchPartners: { matches: unknown[] } }>(c, MATCH, { code }),
          ),
        );
        expect(answers.every((a) => a.matchPartners.matches.length > 0)).toBe(true);
        expect(await c.exited).toBe(0);
        // The others keep serving.
        for (const other of replicas.slice(0, 3)) {
          expect([other.name, (await http(other.port, '/health/ready')).status]).toEqual([
            other.name,
            200,
          ]);
        }
      },
      SLOW,
    );
  },
);
