// graphology JSON writer: the serialized format the API uses everywhere, streamed node by node. The options
// travel with it, so `Graph.from(payload)` builds the right kind of graph (multi; undirected for who met whom).
import { type ExportGraph, edgeDataOfExport, nodeDataOfExport } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';

export async function writeJson(graph: ExportGraph, write: Sink): Promise<void> {
  const attributes = {
    name: `actorgraph-${graph.subset}`,
    ...(graph.truncatedAt === null ? {} : { truncated: true, maxRows: graph.truncatedAt }),
  };
  const options = { type: graph.undirected ? 'undirected' : 'directed', multi: true, allowSelfLoops: true };
  await write(`{"attributes":${JSON.stringify(attributes)},"options":${JSON.stringify(options)},\n"nodes":[`);
  let first = true;
  for await (const nodes of graph.nodes()) {
    let text = '';
    for (const node of nodes) {
      const entry = { key: node.key, attributes: nodeDataOfExport(node, graph.withEvidence) };
      text += `${first ? '\n' : ',\n'}${JSON.stringify(entry)}`;
      first = false;
    }
    await write(text);
  }
  await write('],\n"edges":[');
  first = true;
  for await (const edges of graph.edges()) {
    let text = '';
    for (const edge of edges) {
      const entry = {
        key: edge.key,
        source: edge.source,
        target: edge.target,
        attributes: edgeDataOfExport(edge, graph.withEvidence),
        ...(graph.undirected ? { undirected: true } : {}),
      };
      text += `${first ? '\n' : ',\n'}${JSON.stringify(entry)}`;
      first = false;
    }
    await write(text);
  }
  await write(']}\n');
}
