// One endpoint = method, path, zod schemas and a handler: the router validates with the schemas and
// the OpenAPI document is generated from the very same schemas.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { HttpError } from './errors.ts';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface EndpointSpec<
  Q extends Schema | undefined,
  P extends Schema | undefined,
  B extends Schema | undefined,
> {
  method: 'get' | 'post';
  /** OpenAPI-style path under /api, e.g. `/nodes/{key}`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  params?: P;
  body?: B;
  /** Describes a 200 JSON answer; leave out for downloads. */
  response?: Schema;
  /** Media types of a download (export), documented instead of a JSON response. */
  produces?: string[];
  /** Extra middleware (rate limits, queues) that runs before validation. */
  before?: RequestHandler[];
  handler: (
    input: { query: Out<Q>; params: Out<P>; body: Out<B> },
    req: Request,
    res: Response,
  ) => Promise<unknown>;
}

export type Endpoint = EndpointSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

export function defineEndpoint<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(spec: EndpointSpec<Q, P, B>): Endpoint {
  return spec as unknown as Endpoint;
}

function parse(schema: Schema | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
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

export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Mounts endpoints on a router: validation first, then the handler; a returned value is sent as JSON. */
export function mountEndpoints(router: Router, endpoints: readonly Endpoint[]): void {
  for (const endpoint of endpoints) {
    const handler: RequestHandler = async (req, res) => {
      if (endpoint.method === 'post' && !req.is('application/json')) {
        throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
      }
      const input = {
        query: parse(endpoint.query, req.query, 'query string'),
        params: parse(endpoint.params, req.params, 'path'),
        body: parse(endpoint.body, req.body, 'body'),
      };
      const result = await endpoint.handler(input as never, req, res);
      if (result !== undefined && !res.headersSent) res.json(result);
    };
    router[endpoint.method](expressPath(endpoint.path), ...(endpoint.before ?? []), handler);
  }
}
