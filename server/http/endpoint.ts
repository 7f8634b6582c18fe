// One endpoint = method, path, contract schemas and a handler: the router validates with the schemas, the
// handler's input and answer are typed by them, and the OpenAPI document is generated from the same schemas.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { noBody, noParams, noQuery } from '../../contract/index.ts';
import { HttpError } from './errors.ts';

type Schema = z.ZodType;

interface EndpointMeta {
  method: 'get' | 'post';
  /** OpenAPI-style path under /api, e.g. `/nodes/{key}`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Media types of a download (export), documented instead of a JSON response. */
  produces?: string[];
  /** Extra middleware (rate limits, queues) that runs before validation. */
  before?: RequestHandler[];
}

export interface EndpointSpec<Q extends Schema, P extends Schema, B extends Schema, R extends Schema>
  extends EndpointMeta {
  query: Q;
  params: P;
  body: B;
  /** The JSON answer; a download's handler writes to `res` itself and answers `undefined`. */
  response: R;
  /** `undefined` once the handler sent the answer itself (a download, or JSON written as bytes: who-met-whom). */
  handler: (
    input: { query: z.output<Q>; params: z.output<P>; body: z.output<B> },
    req: Request,
    res: Response,
  ) => Promise<z.input<R> | undefined>;
}

/** What the router, the OpenAPI generator and the contract test need of an endpoint, types erased. */
export interface Endpoint extends EndpointMeta {
  query?: Schema;
  params?: Schema;
  body?: Schema;
  response?: Schema;
  run: (req: Request, res: Response) => Promise<unknown>;
}

function parse<S extends Schema>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpError(400, 'invalid_input', `The request's ${where} is not valid.`, {
    where,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  });
}

/** Schemas that stand for "nothing here" are left out of the OpenAPI document. */
function documented(schema: Schema): Schema | undefined {
  return schema === noQuery || schema === noParams || schema === noBody ? undefined : schema;
}

export function defineEndpoint<Q extends Schema, P extends Schema, B extends Schema, R extends Schema>(
  spec: EndpointSpec<Q, P, B, R>,
): Endpoint {
  const { query, params, body, response, handler, ...meta } = spec;
  return {
    ...meta,
    query: documented(query),
    params: documented(params),
    body: documented(body),
    response: meta.produces ? undefined : response,
    run: (req, res) =>
      handler(
        {
          query: parse(query, req.query, 'query string'),
          params: parse(params, req.params, 'path'),
          body: parse(body, req.body, 'body'),
        },
        req,
        res,
      ),
  };
}

export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Mounts endpoints on a router: validation first, then the handler; a returned value is sent as JSON.
 * `beforePost` runs on every POST after the endpoint's own `before` (the Idempotency-Key middleware);
 * `beforeGet` gives a GET endpoint's extra middleware, after its own `before` (the result cache).
 */
export function mountEndpoints(
  router: Router,
  endpoints: readonly Endpoint[],
  beforePost: readonly RequestHandler[] = [],
  beforeGet: (endpoint: Endpoint) => readonly RequestHandler[] = () => [],
): void {
  for (const endpoint of endpoints) {
    const handler: RequestHandler = async (req, res) => {
      if (endpoint.method === 'post' && !req.is('application/json')) {
        throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
      }
      const result = await endpoint.run(req, res);
      if (result !== undefined && !res.headersSent) res.json(result);
    };
    const guards = endpoint.method === 'post' ? beforePost : beforeGet(endpoint);
    router[endpoint.method](expressPath(endpoint.path), ...(endpoint.before ?? []), ...guards, handler);
  }
}
