// The IPC side of a benchmark's server child process (bench/<name>/server.ts): the real API
// runs apart from the load generator so that the two do not share one event loop.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../apps/api/src/config/config.schema.js';
import { createApp } from '../../apps/api/src/create-app.js';

/** The real API (createApp) with `env`, listening on a free port of 127.0.0.1. */
export async function listenOnLoopback(
  env: Record<string, string | undefined>,
): Promise<{ app: NestExpressApplication; port: number }> {
  const app = await createApp(loadConfig(env));
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port };
}

/** Sends a message to the parent (the benchmark). */
export function send(message: object): void {
  process.send?.(message);
}

/**
 * Closes the app and exits on the parent's 'stop', and on any other message `onMessage`
 * handles; with `orphaned`, also when the parent goes away (killed or crashed).
 */
export function stopWhenAsked(
  app: { close(): Promise<void> },
  { orphaned = false, onMessage }: { orphaned?: boolean; onMessage?: (type: string) => void } = {},
): void {
  const stop = () => {
    void app
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  if (orphaned) process.on('disconnect', stop);
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stop') stop();
    else onMessage?.(message.type);
  });
}

/** Runs the child's main function; a failure is reported to the parent, then the child exits. */
export function runChild(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    send({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  });
}
