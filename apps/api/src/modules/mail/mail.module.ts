import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { MailDeliveryWorker } from './mail-delivery.worker.js';
import { MailStatusResolver } from './mail-status.resolver.js';
import { MailStatusService } from './mail-status.service.js';
import { createSmtpTransport, MAIL_TRANSPORT } from './mail-transport.js';

@Module({
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createSmtpTransport(config),
    },
    MailDeliveryWorker,
    MailStatusService,
    MailStatusResolver,
  ],
  exports: [MailDeliveryWorker],
})
export class MailModule {}
