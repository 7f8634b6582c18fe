// Under NodeNext, TypeScript sees a CommonJS package's default export as `.default`; bundlers hand over
// module.exports itself. This accepts both, so the graphology libraries type-check and run.
export function interopDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
