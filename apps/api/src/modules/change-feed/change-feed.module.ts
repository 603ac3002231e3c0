import { Global, Module } from '@nestjs/common';
import { ChangeNotifier } from './change-notifier.js';
import { ChangeFeedListener } from './feed-listener.js';

@Global()
@Module({
  providers: [ChangeNotifier, ChangeFeedListener],
  exports: [ChangeNotifier, ChangeFeedListener],
})
export class ChangeFeedModule {}
