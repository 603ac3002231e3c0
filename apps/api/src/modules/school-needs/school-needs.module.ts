import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/index.js';
import { SchoolNeedsResolver } from './school-needs.resolver.js';
import { SchoolNeedsService } from './school-needs.service.js';

@Module({
  imports: [SchoolsModule],
  providers: [SchoolNeedsService, SchoolNeedsResolver],
  exports: [SchoolNeedsService],
})
export class SchoolNeedsModule {}
