import { Global, Module, type DynamicModule } from '@nestjs/common';
import { globalValue } from '../common/di/global-value.js';
import type { AppConfig } from './config.schema.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return globalValue(ConfigModule, APP_CONFIG, config);
  }
}
