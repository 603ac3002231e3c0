/** A value now, or later when it had to be loaded (a field GraphQL may await). */
export type Lazy<T> = T | Promise<T>;
