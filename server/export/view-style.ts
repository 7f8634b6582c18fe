// Where and how the explorer drew each node (sent with an export from the view), as GEXF and GraphML write it,
// so Gephi, yEd or graphology open the picture the analyst saw rather than a fresh layout.
import type { ExportView } from '../../contract/index.ts';

/** The explorer's positions, colours and sizes by node key. */
export type ViewStyle = NonNullable<ExportView>['nodes'];

/** Three decimals: a position finer than that changes nothing on any screen and only lengthens the file. */
const short = (value: number): string => String(Math.round(value * 1000) / 1000);

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * GEXF 1.3 `color`, `position` and `size` of a node. Written in the GEXF namespace, as the GEXF 1.3 schema
 * declares them (its viz.xsd has no namespace of its own, so `viz:`-prefixed elements fail validation);
 * Gephi and graphology-gexf find them by local name either way.
 */
export function gexfViz(view: ViewStyle | undefined, key: string): string {
  const node = view?.[key];
  if (!node) return '';
  const colour = node.color ? channels(node.color) : null;
  return (
    (colour ? `<color r="${colour[0]}" g="${colour[1]}" b="${colour[2]}"/>` : '') +
    `<position x="${short(node.x)}" y="${short(node.y)}" z="0"/>` +
    (node.size === undefined ? '' : `<size value="${short(node.size)}"/>`)
  );
}

const GRAPHML_KEYS = [
  { id: 'view_x', name: 'x', type: 'double' },
  { id: 'view_y', name: 'y', type: 'double' },
  { id: 'view_color', name: 'color', type: 'string' },
  { id: 'view_size', name: 'size', type: 'double' },
] as const;

/**
 * GraphML `<key>`s for the view: `x`, `y`, `color` (`#rrggbb`) and `size`, the names yEd's and Gephi's
 * importers look for. A property column of the same name keeps its name; the view's key then says `view_…`.
 */
export function graphmlViewKeys(view: ViewStyle | undefined, columnNames: ReadonlySet<string>): string {
  if (!view) return '';
  return GRAPHML_KEYS.map(({ id, name, type }) => {
    const attrName = columnNames.has(name) ? id : name;
    return `  <key id="${id}" for="node" attr.name="${attrName}" attr.type="${type}"/>\n`;
  }).join('');
}

export function graphmlViewData(view: ViewStyle | undefined, key: string): string {
  const node = view?.[key];
  if (!node) return '';
  return (
    `<data key="view_x">${short(node.x)}</data><data key="view_y">${short(node.y)}</data>` +
    (node.color ? `<data key="view_color">${node.color}</data>` : '') +
    (node.size === undefined ? '' : `<data key="view_size">${short(node.size)}</data>`)
  );
}
