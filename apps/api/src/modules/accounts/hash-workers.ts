import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

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
  ) {}

  hash(password: string, options: object): Promise<string> {
    return this.run({ op: 'hash', a: password, options }) as Promise<string>;
  }

  verify(stored: string, password: string): Promise<boolean> {
    return this.run({ op: 'verify', a: stored, b: password }) as Promise<boolean>;
  }

  private run(job: Pick<Job, 'op' | 'a' | 'b' | 'options'>): Promise<string | boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...job, id: this.nextId++, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const job = this.queue.shift()!;
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
