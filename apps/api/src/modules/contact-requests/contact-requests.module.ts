import { Module } from '@nestjs/common';
import { ContactRequestsResolver } from './contact-requests.resolver.js';
import { ContactRequestsService } from './contact-requests.service.js';

@Module({ providers: [ContactRequestsService, ContactRequestsResolver] })
export class ContactRequestsModule {}
