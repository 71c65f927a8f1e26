// GraphQL over HTTP against this server's /graphql, as the page's visitor (their cookie, or the headers the browser adds).
// Errors come back as GraphQLError with the server's code, so a page can say what went wrong in Danish.

export class GraphQLError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function request(query, variables, signal) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new GraphQLError('Serveren kunne ikke nås.', 'NETWORK');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`Serveren svarede ${response.status} uden et læsbart svar.`, 'HTTP_' + response.status);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLError(first.message, first.extensions?.code ?? 'ERROR');
  }
  return body.data;
}
