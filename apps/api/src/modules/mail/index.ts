// Public surface of the mail module: other modules import from here only.
export { MailDeliveryWorker, type MailDeliveryStatus } from './mail-delivery.worker.js';
export { queueMail } from './mail-outbox.js';
export { MailModule } from './mail.module.js';
