// graphology's serialized graph, the one graph shape on the wire. Data lives under names of its own
// (`nodeLabel`, `relType`, `properties`), never under sigma's reserved ones (`label`, `type`, `size`, …).
import { z } from 'zod';
import { propertiesSchema } from './json.ts';

export const nodeAttributesSchema = z.object({
  nodeLabel: z.string().describe('The Neo4j label the node is known by (its first label in sorted order).'),
  labels: z.array(z.string()).describe('Every Neo4j label of the node.'),
  id: z.string(),
  name: z
    .string()
    .describe('What the node is called on screen: name, else title, else the start of its text.'),
  properties: propertiesSchema.describe('Every Neo4j property, as JSON.'),
  sourceCount: z
    .number()
    .optional()
    .describe('Facts only: the number of distinct published, unretracted articles that report it.'),
  reportedIn: z
    .array(z.string())
    .optional()
    .describe('Exports only: ids of the articles reporting the node, even when they are not exported.'),
});

export const edgeAttributesSchema = z.object({
  relType: z.string().describe('The Neo4j relationship type, or MET for who met whom.'),
  properties: propertiesSchema,
});

export const graphSchema = z
  .object({
    attributes: propertiesSchema,
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(true),
    }),
    nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: edgeAttributesSchema,
      }),
    ),
  })
  .describe("graphology's serialized graph: `graph.import(payload)` on the client (a multi graph).");

export type NodeData = z.infer<typeof nodeAttributesSchema>;
export type EdgeData = z.infer<typeof edgeAttributesSchema>;
export type SerializedGraph = z.infer<typeof graphSchema>;
export type GraphNode = SerializedGraph['nodes'][number];
export type GraphEdge = SerializedGraph['edges'][number];

/** A node's brief on the wire outside graphs: key, label and name. */
export const nodeRefSchema = z.object({ key: z.string(), label: z.string(), name: z.string() });
/** A node's brief that may be a fact: then with its sourceCount. */
export const factRefSchema = nodeRefSchema.extend({
  sourceCount: z.number().optional().describe('Facts only: distinct published articles reporting it.'),
});
export type NodeRef = z.infer<typeof nodeRefSchema>;
