// The API contract, one module for the server (validation, OpenAPI), the client (types) and the tests.
export * from './articles.ts';
export * from './auth.ts';
export * from './claims.ts';
export * from './common.ts';
export * from './cypher.ts';
export * from './editing.ts';
export * from './errors.ts';
export * from './evidence.ts';
export * from './explore.ts';
export * from './export.ts';
export * from './graph.ts';
export * from './health.ts';
export * from './json.ts';
export * from './keys.ts';
export * from './meetings.ts';
export * from './paths.ts';
export * from './search.ts';
