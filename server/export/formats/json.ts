// graphology JSON writer: the serialized format the API uses everywhere, streamed node by node. The options
// travel with it, so `Graph.from(payload)` builds the right kind of graph (multi; undirected for who met whom).
import { type ExportGraph, edgeDataOfExport, nodeDataOfExport } from '../export-graph.ts';
import { type Sink, writeLines } from '../export-sink.ts';

export async function writeJson(graph: ExportGraph, write: Sink): Promise<void> {
  const attributes = {
    name: `actorgraph-${graph.subset}`,
    ...(graph.truncatedAt === null ? {} : { truncated: true, maxRows: graph.truncatedAt }),
  };
  const options = { type: graph.undirected ? 'undirected' : 'directed', multi: true, allowSelfLoops: true };
  await write(`{"attributes":${JSON.stringify(attributes)},"options":${JSON.stringify(options)},\n"nodes":[`);
  let first = true;
  await writeLines(graph.nodes(), write, (node) => {
    const entry = { key: node.key, attributes: nodeDataOfExport(node, graph.withEvidence) };
    const line = `${first ? '\n' : ',\n'}${JSON.stringify(entry)}`;
    first = false;
    return line;
  });
  await write('],\n"edges":[');
  first = true;
  await writeLines(graph.edges(), write, (edge) => {
    const entry = {
      key: edge.key,
      source: edge.source,
      target: edge.target,
      attributes: edgeDataOfExport(edge, graph.withEvidence),
      ...(graph.undirected ? { undirected: true } : {}),
    };
    const line = `${first ? '\n' : ',\n'}${JSON.stringify(entry)}`;
    first = false;
    return line;
  });
  await write(']}\n');
}
