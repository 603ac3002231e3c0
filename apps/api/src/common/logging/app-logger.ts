import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentRequestId } from './request-context.js';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export type LogFormat = 'text' | 'json';

/** The levels at and above `level` (LOG_LEVEL=warn → error and warn). */
export function levelsFrom(level: LogLevel): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

interface JsonLogOptions {
  context: string;
  logLevel: LogLevel;
  writeStreamType?: 'stdout' | 'stderr';
  errorStack?: unknown;
  params?: Record<string, unknown>;
  error?: Error;
}

interface JsonLogRecord {
  [key: string]: unknown;
  level: LogLevel;
  pid: number;
  timestamp: number;
  message: unknown;
}

/**
 * Nest's console logger; with LOG_FORMAT=json one JSON object per line, carrying the id of
 * the request being handled (`requestId`) when there is one.
 */
export class AppLogger extends ConsoleLogger {
  constructor(format: LogFormat, level: LogLevel) {
    super({
      logLevels: levelsFrom(level),
      json: format === 'json',
      flattenParams: true,
    });
  }

  protected override getJsonLogObject(message: unknown, options: JsonLogOptions): JsonLogRecord {
    const record = super.getJsonLogObject(message, options);
    const requestId = currentRequestId();
    if (requestId !== undefined && record.requestId === undefined) record.requestId = requestId;
    return record;
  }
}
