import { Module } from '@nestjs/common';
import { ContactRequestInboxResolver } from './contact-request-inbox.resolver.js';
import { ContactRequestInboxService } from './contact-request-inbox.service.js';
import { ContactRequestsResolver } from './contact-requests.resolver.js';
import { ContactRequestsService } from './contact-requests.service.js';

@Module({
  providers: [
    ContactRequestsService,
    ContactRequestsResolver,
    ContactRequestInboxService,
    ContactRequestInboxResolver,
  ],
})
export class ContactRequestsModule {}
