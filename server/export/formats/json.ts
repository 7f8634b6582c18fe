// graphology JSON writer: the serialized format the API uses everywhere, streamed node by node.
import { type ExportGraph, edgeDataOfExport, nodeDataOfExport } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';

export async function writeJson(graph: ExportGraph, write: Sink): Promise<void> {
  await write(
    `{"attributes":${JSON.stringify({ name: `actorgraph-${graph.subset}` })},` +
      '"options":{"type":"directed","multi":true,"allowSelfLoops":true},\n"nodes":[',
  );
  let first = true;
  for await (const node of graph.nodes()) {
    await write(
      `${first ? '\n' : ',\n'}${JSON.stringify({ key: node.key, attributes: nodeDataOfExport(node) })}`,
    );
    first = false;
  }
  await write('],\n"edges":[');
  first = true;
  for await (const edge of graph.edges()) {
    const entry = {
      key: edge.key,
      source: edge.source,
      target: edge.target,
      attributes: edgeDataOfExport(edge),
    };
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(entry)}`);
    first = false;
  }
  await write(']}\n');
}
