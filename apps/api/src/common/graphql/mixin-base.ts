/**
 * What a GraphQL model mixin (a function that adds `@Field`s to any base class) may extend:
 * a mixin cannot use `extends` twice, so a type that already has a base takes its extra fields
 * this way.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript requires any[] for a mixin base
export type MixinBase = abstract new (...args: any[]) => object;
