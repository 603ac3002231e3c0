import type { DynamicModule, InjectionToken, Type } from '@nestjs/common';

/** A global module's forRoot: hands one value made before Nest started to every module. */
export function globalValue(module: Type, token: InjectionToken, value: unknown): DynamicModule {
  return { module, providers: [{ provide: token, useValue: value }], exports: [token] };
}
