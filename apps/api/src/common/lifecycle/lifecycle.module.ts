import { Global, Module, type DynamicModule } from '@nestjs/common';
import { globalValue } from '../di/global-value.js';
import { Readiness } from './readiness.js';

// Hands the process's one Readiness to Nest (health controller, request middleware).
@Global()
@Module({})
export class LifecycleModule {
  static forRoot(readiness: Readiness): DynamicModule {
    return globalValue(LifecycleModule, Readiness, readiness);
  }
}
