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
    res
      .status(report.status === 'ok' ? 200 : 503)
      .set('cache-control', 'no-store')
      .json(report);
  }

  /** The process is up and its event loop answers. */
  @Get('live')
  live(@Res() res: Response): void {
    res.status(200).set('cache-control', 'no-store').json({ status: 'live' });
  }

  /** Takes traffic: started, migrated, warmed up, not stopping, and the database answers. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const answer = await this.health.readiness();
    res
      .status(answer.status === 'ready' ? 200 : 503)
      .set('cache-control', 'no-store')
      .json(answer);
  }
}
