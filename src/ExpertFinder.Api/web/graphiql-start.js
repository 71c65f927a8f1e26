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

// Development only: the "log in as" bar signs the browser in (a cookie) as a person of the data with a role.
(function () {
  'use strict';
  var form = document.getElementById('dev-login');
  if (!form) {
    return;
  }
  var status = document.getElementById('dev-login-status');
  function post(url, body) {
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin' });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    post(form.getAttribute('data-login'), new FormData(form)).then(function (response) {
      status.textContent = response.ok
        ? 'Logged in as ' + form.elements.person.value + (form.elements.role.value ? ' (' + form.elements.role.value + ')' : '')
        : 'No person has that key';
    });
  });
  document.getElementById('dev-logout').addEventListener('click', function () {
    post(form.getAttribute('data-logout'), null).then(function () { status.textContent = 'Logged out'; });
  });
})();
