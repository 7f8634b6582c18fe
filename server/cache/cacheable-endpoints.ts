// The read endpoints whose answers the result cache keeps: public, read-only, JSON, and a function of the
// graph and the request alone. Sessions, editors' lists, exports (streamed) and /cypher stay out.
export const CACHEABLE_PATHS: ReadonlySet<string> = new Set([
  '/stats',
  '/schema',
  '/graph/overview',
  '/nodes/{key}',
  '/nodes/{key}/neighbours',
  '/search',
  '/meetings',
  '/who-met-whom',
  '/paths',
  '/claims',
  '/articles/{id}',
]);
