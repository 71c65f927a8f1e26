// Starts GraphiQL on the page the server renders at /graphql, against that same endpoint,
// with an expert search as the first tab so a newcomer has something to run.
(function () {
  'use strict';
  var exampleQuery = [
    '# Who knows about a subject? Write it in your own (Danish) words,',
    '# any inflection or spelling; press the run button (or Ctrl-Enter).',
    'query ExpertSearch($q: String!, $n: Int) {',
    '  experts(query: $q, first: $n) {',
    '    totalCount',
    '    didYouMean',
    '    edges {',
    '      node {',
    '        person { key name title unit { name } }',
    '        score',
    '        evidence { competences { competence { name } level } }',
    '      }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  var exampleVariables = JSON.stringify({ q: 'borgerinddragelse', n: 5 }, null, 2);

  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: [{ query: exampleQuery, variables: exampleVariables }],
    defaultEditorToolsVisibility: 'variables',
  }));
})();
