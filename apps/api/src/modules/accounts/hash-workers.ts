import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { GraphQLError } from 'graphql';

/** Seconds a client is asked to wait when the hash queue is full. */
const BUSY_RETRY_SECONDS = 2;

// The hash queue is full: more sign-ins (or password changes) are waiting than the workers can
// serve in reasonable time. Refused at once with the code every limit uses (RATE_LIMITED), so a
// burst of logins cannot pile up seconds of argon2 work, hold memory, and answer after the
// client gave up. Nothing was checked or written for the refused request.
export class HashQueueFullError extends GraphQLError {
  constructor() {
    super(
      `De server is even te druk met inloggen; probeer het over ${BUSY_RETRY_SECONDS} seconden opnieuw (server too busy signing in; try again in ${BUSY_RETRY_SECONDS} seconds)`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          scope: 'SERVER',
          reason: 'BUSY',
          retryAfterSeconds: BUSY_RETRY_SECONDS,
        },
      },
    );
  }
}

// Password hashing in a few worker threads at a lower CPU priority (nice 10). Each worker runs
// the native argon2id of @node-rs/argon2 synchronously on its own thread. Off the event loop,
// and on a busy machine the request-handling thread is served first: a login waits a little
// longer instead of slowing every other request down (measured by `npm run bench:login`,
// docs/decisions/0004). On Linux, setpriority(2) with pid 0 applies to the calling thread only,
// so only the workers are lowered.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const os = require('node:os');
const argon2 = require(workerData.argon2);
try { os.setPriority(workerData.nice); } catch {}
parentPort.on('message', ({ id, op, a, b, options }) => {
  try {
    const result = op === 'hash' ? argon2.hashSync(a, options) : argon2.verifySync(a, b);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

interface Job {
  id: number;
  op: 'hash' | 'verify';
  a: string;
  b?: string;
  options?: object;
  queuedAt: number;
  resolve: (value: string | boolean) => void;
  reject: (error: Error) => void;
}

export class HashWorkers {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 1;

  constructor(
    private readonly size = Math.max(1, Math.min(4, availableParallelism() - 1)),
    private readonly nice = 10,
    /** Jobs that may wait for a worker (0 = no cap); one more is refused with HashQueueFullError. */
    public maxQueued = 0,
    /** A job that waited longer than this (on a starved machine) is refused when its turn comes. */
    private readonly maxWaitMs = 5000,
  ) {}

  /** Jobs waiting for a worker (not counting those being hashed). */
  get queued(): number {
    return this.queue.length;
  }

  hash(password: string, options: object): Promise<string> {
    return this.run({ op: 'hash', a: password, options }) as Promise<string>;
  }

  verify(stored: string, password: string): Promise<boolean> {
    return this.run({ op: 'verify', a: stored, b: password }) as Promise<boolean>;
  }

  private run(job: Pick<Job, 'op' | 'a' | 'b' | 'options'>): Promise<string | boolean> {
    return new Promise((resolve, reject) => {
      if (this.maxQueued > 0 && this.queue.length >= this.maxQueued) {
        reject(new HashQueueFullError());
        return;
      }
      this.queue.push({ ...job, id: this.nextId++, queuedAt: performance.now(), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const now = performance.now(); // before a worker is started, which takes a moment
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const job = this.queue.shift()!;
      if (this.maxQueued > 0 && now - job.queuedAt > this.maxWaitMs) {
        // Its client has waited long enough: refuse instead of hashing for an answer nobody
        // may read any more (only with a cap; without one everything is hashed).
        this.idle.push(worker);
        job.reject(new HashQueueFullError());
        continue;
      }
      this.running.set(worker, job);
      worker.ref(); // busy: keeps the process alive until the answer comes
      worker.postMessage({ id: job.id, op: job.op, a: job.a, b: job.b, options: job.options });
    }
  }

  private spawn(): Worker | undefined {
    if (this.all.length >= this.size) return undefined;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        argon2: createRequire(import.meta.url).resolve('@node-rs/argon2'),
        nice: this.nice,
      },
    });
    // Idle workers do not keep the process alive (CLIs and tests end normally).
    worker.unref();
    worker.on('message', (m: { id: number; result?: string | boolean; error?: string }) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (job) {
        if (m.error !== undefined) job.reject(new Error(m.error));
        else job.resolve(m.result!);
      }
      this.pump();
    });
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', () => this.lose(worker, new Error('hash worker stopped')));
    this.all.push(worker);
    return worker;
  }

  // A worker that died fails its job; the next job starts a fresh one.
  private lose(worker: Worker, error: Error): void {
    const index = this.all.indexOf(worker);
    if (index < 0) return; // 'error' and then 'exit': handled once
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.all.splice(index, 1);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    job?.reject(error);
    this.pump();
  }
}
