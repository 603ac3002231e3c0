import { Module } from '@nestjs/common';
import { ActiveSchoolsCache } from './active-schools.cache.js';
import { SchoolsResolver } from './schools.resolver.js';
import { SchoolsService } from './schools.service.js';

@Module({
  providers: [SchoolsService, SchoolsResolver, ActiveSchoolsCache],
  exports: [SchoolsService, ActiveSchoolsCache],
})
export class SchoolsModule {}
