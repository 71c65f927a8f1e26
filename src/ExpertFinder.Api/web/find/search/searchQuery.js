// The one request behind a page of hits: everything a hit shows (why, how to reach the person) and, on the first page,
// the facets. One round trip, no follow-up requests per hit, so the first results can be drawn quickly.
import { contactFields, personSummaryFields } from '../people/personSummary.js';

export const pageSize = 10;

export const expertsQuery = `query FindSearch($q: String!, $first: Int!, $after: String, $scope: ExpertScope, $filter: ExpertFilter, $withFacets: Boolean!) {
  experts(query: $q, first: $first, after: $after, scope: $scope, filter: $filter) {
    totalCount didYouMean expandedWith
    facets @include(if: $withFacets) { name values { value label count } }
    pageInfo { hasNextPage endCursor }
    nodes {
      relation
      introductionPath { description length }
      person { ${personSummaryFields} ${contactFields} roles openToMentoring openToJobRotation }
      evidence {
        competences { competence { key name } level source }
        askMeAbout
        documents { document { key title kind date } association snippet { text highlights { start length } } }
        networks { network { key name kind } role }
      }
    }
  }
}`;

export const suggestQuery = `query FindSuggest($prefix: String!, $first: Int) {
  suggest(prefix: $prefix, first: $first) { kind key label matchedText }
}`;
