// Mounts every feature's endpoints under /api (health is mounted by app.ts so it stays cheap), and serves
// the OpenAPI document generated from those same endpoints.
import { Router } from 'express';
import { z } from 'zod';
import { noBody, noParams, noQuery } from '../contract/index.ts';
import { articlesEndpoints } from './articles/articles.routes.ts';
import { authEndpoints } from './auth/auth.routes.ts';
import type { ResultCache } from './cache/result-cache.ts';
import { claimsEndpoints } from './claims/claims.routes.ts';
import type { AppContext } from './context.ts';
import { cypherEndpoints } from './cypher/cypher.routes.ts';
import { editingEndpoints } from './editing/editing.routes.ts';
import { exploreEndpoints } from './explore/explore.routes.ts';
import { exportEndpoints } from './export/export.routes.ts';
import { historyEndpoints } from './history/history.routes.ts';
import { defineEndpoint, type Endpoint, mountEndpoints } from './http/endpoint.ts';
import { idempotency } from './http/idempotency.ts';
import { meetingsEndpoints } from './meetings/meetings.routes.ts';
import { mentionsEndpoints } from './mentions/mentions.routes.ts';
import { openApiDocument } from './openapi/openapi.ts';
import { pathsEndpoints } from './paths/paths.routes.ts';
import { retractionsEndpoints } from './retractions/retractions.routes.ts';
import { searchEndpoints } from './search/search.routes.ts';

export const API_VERSION = '0.1.0';

export function apiEndpoints(context: AppContext): Endpoint[] {
  const endpoints = [
    ...authEndpoints(context),
    ...exploreEndpoints(context),
    ...articlesEndpoints(context),
    ...mentionsEndpoints(context),
    ...editingEndpoints(context),
    ...searchEndpoints(context),
    ...meetingsEndpoints(context),
    ...pathsEndpoints(context),
    ...claimsEndpoints(context),
    ...cypherEndpoints(context),
    ...exportEndpoints(context),
    ...retractionsEndpoints(context),
    ...historyEndpoints(context),
  ];
  let document: Record<string, unknown> | undefined;
  endpoints.push(
    defineEndpoint({
      method: 'get',
      path: '/openapi.json',
      tags: ['meta'],
      summary: 'This document: OpenAPI 3.1, generated from the schemas that validate requests.',
      query: noQuery,
      params: noParams,
      body: noBody,
      response: z.record(z.string(), z.unknown()),
      handler: async () => {
        document ??= openApiDocument(endpoints, API_VERSION);
        return document;
      },
    }),
  );
  return endpoints;
}

export function apiRoutes(context: AppContext, cache: ResultCache): Router {
  const router = Router();
  mountEndpoints(router, apiEndpoints(context), [idempotency(context)], cache.forEndpoint);
  return router;
}
