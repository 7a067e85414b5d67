/**
 * A string table's shape, for the editions after the first: the same keys, each a string (or a function returning
 * one, for counts and names), so a Spanish table that misses or misnames a key does not compile.
 */
export type Shape<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : T[K] extends readonly string[]
        ? readonly string[]
        : Shape<T[K]>;
};
