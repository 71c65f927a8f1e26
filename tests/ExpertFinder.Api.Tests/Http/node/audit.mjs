// Runs the graphql-http conformance audit against the server at argv[2] and prints one JSON array of
// { id, name, status, reason } (status: ok, notice, warn or error); the xunit test judges the results.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://host:port/graphql');
  process.exit(2);
}

const results = await auditServer({ url });
const summary = await Promise.all(results.map(async (r) => ({
  id: r.id,
  name: r.name,
  status: r.status,
  reason: r.status === 'ok' ? null : `${r.reason} (status ${r.response.status}: ${(await r.response.text()).slice(0, 300)})`,
})));
process.stdout.write(JSON.stringify(summary));
