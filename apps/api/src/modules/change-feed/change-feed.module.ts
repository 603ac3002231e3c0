import { Global, Module } from '@nestjs/common';
import { ChangeNotifier } from './change-notifier.js';
import { ReadModelCache } from './read-model-cache.js';

@Global()
@Module({ providers: [ChangeNotifier, ReadModelCache], exports: [ChangeNotifier, ReadModelCache] })
export class ChangeFeedModule {}
