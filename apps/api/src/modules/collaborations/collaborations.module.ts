import { Module } from '@nestjs/common';
import { AgreementsService } from './agreements.service.js';
import { CoalitionRecordsResolver } from './coalition-records.resolver.js';
import { CollaborationsResolver } from './collaborations.resolver.js';
import { CollaborationsService } from './collaborations.service.js';

// Collaborations as records, LEA agreements and monitoring (issue 15, parts 2–5).
@Module({
  providers: [
    CollaborationsService,
    AgreementsService,
    CollaborationsResolver,
    CoalitionRecordsResolver,
  ],
  exports: [CollaborationsService],
})
export class CollaborationsModule {}
