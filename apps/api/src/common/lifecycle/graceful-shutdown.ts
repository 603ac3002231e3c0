import type { Server } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Readiness } from './readiness.js';

export interface ShutdownOptions {
  /** Time between "not ready" and "stop accepting", so a load balancer can notice. */
  readyDelayMs: number;
  /** Upper bound for the whole shutdown; past it, open connections are cut and the exit code is 1. */
  timeoutMs: number;
  logger: LoggerService;
}

/**
 * While stopping, answers carry `Connection: close`, and a keep-alive connection whose
 * request has just been answered is closed at once, so draining does not wait for idle
 * sockets to time out.
 */
export function drainConnections(readiness: Readiness, server: () => Server) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (readiness.isStopping) res.setHeader('connection', 'close');
    res.on('finish', () => {
      if (readiness.isStopping) setImmediate(() => server().closeIdleConnections());
    });
    next();
  };
}

/**
 * Stops the app in order: not ready → (delay) → stop accepting and let in-flight requests
 * finish → stop the workers and close the database (Nest's shutdown hooks). Resolves with the
 * exit code: 0 when all of it finished within `timeoutMs`, 1 when the bound was hit (open
 * connections are then cut). Calling it again returns the same run.
 */
export function gracefulShutdown(
  app: INestApplication,
  readiness: Readiness,
  options: ShutdownOptions,
): (reason: string) => Promise<number> {
  let run: Promise<number> | undefined;
  return (reason) => {
    run ??= stop(app, readiness, options, reason);
    return run;
  };
}

async function stop(
  app: INestApplication,
  readiness: Readiness,
  { readyDelayMs, timeoutMs, logger }: ShutdownOptions,
  reason: string,
): Promise<number> {
  const started = Date.now();
  readiness.set('stopping');
  logger.log(`Afsluiten (${reason}): niet meer klaar, lopende verzoeken worden afgemaakt`);
  const server = app.getHttpServer() as Server;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const work = (async () => {
    if (readyDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, readyDelayMs));
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await app.close();
    return 'done' as const;
  })();
  const outcome = await Promise.race([work, bound]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    server.closeAllConnections();
    logger.error(
      `Afsluiten duurde langer dan ${timeoutMs} ms; open verbindingen verbroken (shutdown timed out)`,
    );
    return 1;
  }
  logger.log(`Afgesloten in ${Date.now() - started} ms (shut down cleanly)`);
  return 0;
}
