// GET and POST /export: a format, exactly one way to choose the subgraph, and the options every subset shares.
import { z } from 'zod';
import {
  cypherParamsSchema,
  identifierSchema,
  isoDate,
  listParam,
  nodeKeySchema,
  statusSchema,
} from './common.ts';
import { edgeAttributesSchema, nodeAttributesSchema } from './graph.ts';
import { propertiesSchema } from './json.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Meeting statuses who-met-whom can be filtered by; anything else is a 400, not an empty graph. */
export const EXPORT_MEETING_STATUSES = ['held', 'scheduled', 'proposed', 'cancelled'] as const;

/** A Cypher-defined export keeps at most this many rows unless asked otherwise, and never more than the max. */
export const EXPORT_DEFAULT_MAX_ROWS = 5_000;
export const EXPORT_MAX_ROWS = 200_000;

/** Response header set on a Cypher-defined export that stopped at maxRows (also inside the file). */
export const TRUNCATED_HEADER = 'X-Actorgraph-Truncated';

const format = z
  .enum(EXPORT_FORMATS)
  .describe('graphology JSON, GEXF 1.3, GraphML, CSV (one part, or a zip of both) or a Cypher script.');
const part = z
  .enum(['nodes', 'edges', 'zip'])
  .default('nodes')
  .describe('CSV only: nodes.csv, relationships (edges) or a zip of both with a README of the columns.');
const depth = z.coerce
  .number()
  .int()
  .min(1)
  .max(3)
  .default(1)
  .describe('Ego networks: hops from the node (1–3).');
const minSources = z.coerce
  .number()
  .int()
  .min(0)
  .max(1000)
  .default(0)
  .describe('Leave out facts reported by fewer distinct published articles (0: keep all).');
const maxRows = z.coerce
  .number()
  .int()
  .min(1)
  .max(EXPORT_MAX_ROWS)
  .default(EXPORT_DEFAULT_MAX_ROWS)
  .describe(`Cypher exports: rows read before stopping (then marked truncated); up to ${EXPORT_MAX_ROWS}.`);
const booleanText = z.enum(['1', 'true', '0', 'false']).transform((text) => text === '1' || text === 'true');
const MAX_KEYS = 1000;
const statusList = listParam(statusSchema, 10).pipe(z.array(z.enum(EXPORT_MEETING_STATUSES)));

function onlyOneSubset(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const chosen = ['keys', 'ego', 'meetings', 'graph', 'cypher'].filter(
    (name) => value[name] !== undefined && value[name] !== false,
  );
  if (chosen.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: `Choose exactly one subset: keys, ego, meetings, graph or cypher (got ${chosen.length === 0 ? 'none' : chosen.join(', ')}).`,
      path: [],
    });
  }
  if (value.part !== 'nodes' && value.format !== 'csv') {
    ctx.addIssue({
      code: 'custom',
      message: 'part is for CSV only; the other formats hold both.',
      path: ['part'],
    });
  }
  const graphOnly = ['labels', 'types'].filter((name) => {
    const list = value[name];
    return Array.isArray(list) && list.length > 0;
  });
  if (value.graph === undefined && graphOnly.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `${graphOnly.join(' and ')} filter the graph subset only.`,
      path: [],
    });
  }
  if (value.cypher === undefined && value.maxRows !== EXPORT_DEFAULT_MAX_ROWS) {
    ctx.addIssue({
      code: 'custom',
      message: 'maxRows bounds Cypher exports only; the other subsets are streamed whole.',
      path: ['maxRows'],
    });
  }
}

export const exportQuery = z
  .object({
    format,
    part,
    keys: listParam(nodeKeySchema, MAX_KEYS, 1)
      .optional()
      .describe('Node keys, comma-separated or repeated.'),
    ego: nodeKeySchema.optional().describe('The centre of an ego network.'),
    depth,
    meetings: z
      .enum(['1', 'true'])
      .optional()
      .describe('Export who met whom (filtered by from, to, status).'),
    graph: z
      .enum(['1', 'true'])
      .optional()
      .describe('Export the whole public graph (filtered by labels, types, from, to, minSources).'),
    labels: listParam(identifierSchema, 50).optional().default([]),
    types: listParam(identifierSchema, 50).optional().default([]),
    from: isoDate.optional(),
    to: isoDate.optional(),
    status: statusList.optional().default([]),
    minSources,
    withEvidence: booleanText.optional().default(true),
    bom: booleanText.optional(),
    maxRows,
  })
  .strict()
  .superRefine(onlyOneSubset);

/** At most this many nodes' positions and colours in one export body (the view's shown nodes). */
export const EXPORT_VIEW_MAX_NODES = 5_000;

/** How the explorer draws one node: GEXF and GraphML carry it, so Gephi or yEd open the picture as seen. */
export const exportViewNodeSchema = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
    size: z.number().finite().min(0).max(1000).optional(),
  })
  .strict();

const view = z
  .object({
    nodes: z
      .record(nodeKeySchema, exportViewNodeSchema)
      .refine((nodes) => Object.keys(nodes).length <= EXPORT_VIEW_MAX_NODES, {
        message: `At most ${EXPORT_VIEW_MAX_NODES} nodes in view.nodes.`,
      }),
  })
  .strict()
  .optional()
  .describe('GEXF/GraphML: positions, colours and sizes of the nodes as the explorer shows them, by key.');

export type ExportView = z.output<typeof view>;

export const exportBody = z
  .object({
    format,
    part,
    keys: z.array(nodeKeySchema).min(1).max(MAX_KEYS).optional(),
    ego: nodeKeySchema.optional(),
    depth,
    meetings: z
      .union([
        z.literal(true),
        z
          .object({
            from: isoDate.optional(),
            to: isoDate.optional(),
            status: z.array(z.enum(EXPORT_MEETING_STATUSES)).max(10).default([]),
          })
          .strict(),
      ])
      .optional(),
    graph: z
      .union([
        z.literal(true),
        z
          .object({
            labels: z.array(identifierSchema).max(50).default([]),
            types: z.array(identifierSchema).max(50).default([]),
            from: isoDate.optional(),
            to: isoDate.optional(),
          })
          .strict(),
      ])
      .optional()
      .describe('The whole public graph, or the nodes of some labels and relationships of some types.'),
    cypher: z
      .object({
        query: z.string().trim().min(1).max(20_000),
        params: cypherParamsSchema.optional().default({}),
      })
      .strict()
      .optional()
      .describe('A read-only query, through the same gate as /api/cypher.'),
    minSources,
    withEvidence: z.boolean().default(true).describe('Each fact carries its sources (on by default).'),
    bom: z.boolean().optional().describe('CSV: a UTF-8 byte order mark first (on by default).'),
    maxRows,
    view,
  })
  .strict()
  .superRefine(onlyOneSubset);

export type ExportBody = z.output<typeof exportBody>;
export type ExportQuery = z.output<typeof exportQuery>;

/** One article reporting a fact, as exports carry it (`withEvidence`). */
export const exportEvidenceSchema = z.object({
  article: z.string(),
  title: z.string().nullable().describe('As printed, else the inferred title (then titleInferred).'),
  titleInferred: z.boolean(),
  outlet: z.string().nullable(),
  outletInferred: z.boolean(),
  published: z.string().nullable(),
  quote: z.string().nullable().describe('The verbatim sentence of the REPORTED_IN; null for relationships.'),
});

const sourcing = {
  sourceCount: z.number().optional().describe('Facts only: distinct published articles reporting it.'),
  evidence: z.array(exportEvidenceSchema).optional().describe('Facts only, with withEvidence: its sources.'),
};

/** The JSON export: the API's graph shape, with sources on facts, and undirected for who met whom. */
export const exportGraphSchema = z.object({
  attributes: propertiesSchema.describe('name; truncated and maxRows when a Cypher export was cut.'),
  options: z.object({
    type: z.enum(['directed', 'undirected']),
    multi: z.literal(true),
    allowSelfLoops: z.literal(true),
  }),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema.extend(sourcing) })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: edgeAttributesSchema.extend(sourcing),
      undirected: z.literal(true).optional(),
    }),
  ),
});
