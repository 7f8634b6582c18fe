// Which graph updates only move nodes: the layout writes positions on every tick, and what does not depend on
// positions (memoised displays, visible counts) keeps what it computed.
const isPosition = (name: string): boolean => name === 'x' || name === 'y';

/** A bulk update (`eachNodeAttributesUpdated`) whose hints name only `x` and `y`. */
export const positionsOnly = (hints: { attributes?: string[] } | undefined): boolean =>
  Array.isArray(hints?.attributes) && hints.attributes.length > 0 && hints.attributes.every(isPosition);

/** A single node's update (`nodeAttributesUpdated`) that set or merged only `x` and `y`. */
export const positionUpdate = ({
  type,
  name,
  data,
}: {
  type: string;
  name?: string;
  data?: object;
}): boolean =>
  (type === 'set' && name !== undefined && isPosition(name)) ||
  (type === 'merge' && data !== undefined && Object.keys(data).every(isPosition));
