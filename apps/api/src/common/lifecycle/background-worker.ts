import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';

/**
 * What the API's background workers share (mail delivery, search sync, matching index, alerts,
 * digests, the change-feed listener): their rounds run one at a time, in order; at shutdown
 * they start no new round, cancel their timers and wake-ups, and wait for the round in
 * progress, so a graceful stop never cuts one off halfway.
 */
export abstract class BackgroundWorker
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  /** Set at shutdown; a worker checks it before (and inside) a round. */
  protected stopped = false;
  private running: Promise<void> = Promise.resolve();
  private readonly cancels: (() => void)[] = [];

  abstract onApplicationBootstrap(): void | Promise<void>;

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const cancel of this.cancels) cancel();
    await this.running;
  }

  /** Runs `round` once the round in progress is done; a round that fails does not block the next. */
  protected serially<T>(round: () => Promise<T>): Promise<T> {
    const run = this.running.then(round);
    this.running = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Settles when the round in progress is done (at once when there is none); never rejects. */
  protected idle(): Promise<void> {
    return this.running;
  }

  /** Calls `cancel` at shutdown, before waiting for the round in progress. */
  protected untilShutdown(cancel: () => void): void {
    this.cancels.push(cancel);
  }

  /** Calls `tick` every `ms` until shutdown; the timer does not keep the process alive. */
  protected every(ms: number, tick: () => void): void {
    const timer = setInterval(tick, ms);
    timer.unref();
    this.untilShutdown(() => clearInterval(timer));
  }
}
