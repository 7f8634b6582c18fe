// Colours by label: fixed for the model's labels so the legend means the same thing on every screen.
const FIXED: Record<string, string> = {
  Person: '#d6453d',
  Country: '#2f7ed8',
  Organization: '#8e44ad',
  Place: '#16a085',
  Meeting: '#e67e22',
  Resource: '#7f8c3b',
  ResourceClaim: '#b7950b',
  Statement: '#c2185b',
  Agreement: '#00838f',
  Article: '#7f8c8d',
};

const SPARE = ['#5d6d7e', '#a04000', '#1e8449', '#6c3483', '#2874a6', '#b03a2e'];

export function colourFor(label: string): string {
  const fixed = FIXED[label];
  if (fixed) return fixed;
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return SPARE[hash % SPARE.length] ?? '#555';
}

export const DIMMED_NODE = '#d9dce1';
export const DIMMED_EDGE = '#eceef1';
export const EDGE_COLOUR = '#b8bec8';
export const HIGHLIGHT_EDGE = '#1b1f24';
