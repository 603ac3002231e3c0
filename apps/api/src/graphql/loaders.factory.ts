import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Loaders } from '../common/graphql/graphql-context.js';

/** Makes one module's share of the request's loaders. */
export type LoaderSetFactory = () => Partial<Loaders>;

// One set of DataLoaders per GraphQL request: relations are batched into one query per level
// instead of one per parent (no N+1). The loaders belong to the modules that own the data
// (regions, organisations); each registers its factory here at start, so this plumbing
// imports no module.
@Injectable()
export class LoadersFactory {
  private readonly factories: LoaderSetFactory[] = [];

  register(factory: LoaderSetFactory): void {
    this.factories.push(factory);
  }

  create(): Loaders {
    const loaders = {};
    for (const factory of this.factories) Object.assign(loaders, factory());
    return loaders as Loaders;
  }
}

/** A module's share of the loaders: registered at start, made afresh for every request. */
export abstract class ModuleLoaders implements OnModuleInit {
  constructor(private readonly factory: LoadersFactory) {}

  onModuleInit(): void {
    this.factory.register(() => this.create());
  }

  abstract create(): Partial<Loaders>;
}
