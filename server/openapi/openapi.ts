// Generates the OpenAPI 3.1 document from the endpoints' own zod schemas, so the document and the
// validation can never disagree.
import { z } from 'zod';
import type { Endpoint } from '../http/endpoint.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
    ...(where === 'query' && (property.anyOf || property.type === 'array')
      ? { style: 'form', explode: true }
      : {}),
  }));
}

const errorResponse = {
  description: 'An error, always in this shape.',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
          },
        },
      },
    },
  },
};

function operation(endpoint: Endpoint): JsonSchema {
  const ok = endpoint.produces
    ? {
        description: 'A download.',
        content: Object.fromEntries(endpoint.produces.map((type) => [type, { schema: { type: 'string' } }])),
      }
    : {
        description: 'OK',
        content: {
          'application/json': { schema: endpoint.response ? jsonSchema(endpoint.response, 'output') : {} },
        },
      };
  return {
    operationId: `${endpoint.method}${endpoint.path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: endpoint.tags,
    parameters: [...parameters(endpoint.params, 'path'), ...parameters(endpoint.query, 'query')],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses: {
      '200': ok,
      '4XX': errorResponse,
      '503': errorResponse,
    },
  };
}

export function openApiDocument(endpoints: readonly Endpoint[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of endpoints) {
    const path = `/api${endpoint.path}`;
    paths[path] ??= {};
    paths[path][endpoint.method] = operation(endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'actorgraph API',
      version,
      description:
        'Actors and relations from news: exploration, who met whom, paths, claims, read-only Cypher, export.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
