import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { SearchModule } from '../search/search.module.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';

@Module({
  imports: [MatchingModule, SearchModule, MailModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
