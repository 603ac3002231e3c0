import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service.js';

// Probes are never cached; their bodies hold no error details (those go to the log).
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(@Res() res: Response): Promise<void> {
    const report = await this.health.check();
    answer(res, report.status === 'ok', report);
  }

  /** The process is up and its event loop answers. */
  @Get('live')
  live(@Res() res: Response): void {
    answer(res, true, { status: 'live' });
  }

  /** Takes traffic: started, migrated, warmed up, not stopping, and the database answers. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const readiness = await this.health.readiness();
    answer(res, readiness.status === 'ready', readiness);
  }
}

/** 200 when up, else 503 (a load balancer then routes around this process); never cached. */
function answer(res: Response, up: boolean, body: object): void {
  res
    .status(up ? 200 : 503)
    .set('cache-control', 'no-store')
    .json(body);
}
