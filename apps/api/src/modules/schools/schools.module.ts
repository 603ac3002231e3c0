import { Module } from '@nestjs/common';
import { SchoolsResolver } from './schools.resolver.js';
import { SchoolsService } from './schools.service.js';

@Module({ providers: [SchoolsService, SchoolsResolver], exports: [SchoolsService] })
export class SchoolsModule {}
