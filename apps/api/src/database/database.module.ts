import {
  Global,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  Inject,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DatabaseHandle } from './data-source.factory.js';

export const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');

// The database is opened (and migrated) before Nest starts, so a bad URL or a failing
// migration stops the process before it listens; this module only hands it out.
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle) {}

  static forRoot(handle: DatabaseHandle): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_HANDLE, useValue: handle },
        { provide: DataSource, useValue: handle.dataSource },
      ],
      exports: [DATABASE_HANDLE, DataSource],
    };
  }

  // Workers stop in beforeApplicationShutdown, so every one of them is done before this runs.
  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}
