// Example queries for the console, each read-only and parameterised where it takes an input.
export interface Example {
  title: string;
  query: string;
  params: string;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Who met whom',
    query:
      'MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)\nWHERE a.id < b.id\nRETURN a, m, b',
    params: '{}',
  },
  {
    title: "A person's meetings",
    query: 'MATCH (p:Person {id: $id})-[r:ATTENDED]->(m:Meeting)\nRETURN p, r, m ORDER BY m.date',
    params: '{"id": "donald-trump"}',
  },
  {
    title: 'Claims about resources',
    query: 'MATCH (who)-[:MADE]->(c:ResourceClaim)-[:ABOUT]->(r:Resource)\nRETURN who, c, r LIMIT 50',
    params: '{}',
  },
  {
    title: 'Sources of a meeting',
    query:
      'MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article)\nRETURN m.name AS meeting, a.title AS article, r.quote AS quote',
    params: '{}',
  },
  {
    title: 'Offices held',
    query: 'MATCH (p:Person)-[h:HOLDS_ROLE]->(o)\nRETURN p.name AS person, h.title AS office, o.name AS at',
    params: '{}',
  },
];
