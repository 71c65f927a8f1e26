// The explore page's GraphQL operations; every call says which operation it is for the server's logs.

export { GraphQLError, request } from '../shared/graphql.js';

const graphNodeFields = `
  id key label kind department departmentKey municipality municipalityKey
  people degree weightedDegree betweenness community component crossDepartmentWeight`;

export const graphQuery = `query ExploreGraph($level: GraphLevel!, $filter: NetworkGraphFilter) {
  networkGraph(level: $level, filter: $filter) {
    level
    nodes { ${graphNodeFields} }
    edges { source target weight kinds crossDepartment }
    summary {
      nodeCount edgeCount density crossDepartmentShare components communities
      isolatedUnits { id label }
      topBrokers { node { id label } score splitsGraph crossDepartmentWeight }
      betweennessSampled
    }
  }
}`;

export const municipalitiesQuery = `query ExploreMunicipalities {
  units(filter: { kind: MUNICIPALITY }, first: 50) { nodes { key name } }
}`;

export const competencesQuery = `query ExploreCompetences($after: String) {
  competences(first: 50, after: $after) { nodes { key name } pageInfo { hasNextPage endCursor } }
}`;

export const nodeQuery = `query ExploreNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      name title email
      unit { name ancestors { name } }
      competences(first: 10) { nodes { level competence { name } } }
      networks(first: 10) { nodes { role network { name kind } } }
    }
    ... on Unit {
      name kind
      ancestors { name }
      people(first: 20, includeSubunits: true) { totalCount nodes { name title } }
      children { nodes { name } }
    }
  }
}`;
