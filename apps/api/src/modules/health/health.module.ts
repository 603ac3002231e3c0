import { Module } from '@nestjs/common';
import { MailModule } from '../mail/index.js';
import { MatchingModule } from '../matching/index.js';
import { SearchModule } from '../search/index.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';

@Module({
  imports: [MatchingModule, SearchModule, MailModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
