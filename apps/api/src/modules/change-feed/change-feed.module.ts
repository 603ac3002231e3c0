import { Global, Module } from '@nestjs/common';
import { ChangeNotifier } from './change-notifier.js';

@Global()
@Module({ providers: [ChangeNotifier], exports: [ChangeNotifier] })
export class ChangeFeedModule {}
