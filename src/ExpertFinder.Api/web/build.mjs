// Bundles the browser pages with their npm packages into dist/, which the server serves itself:
// the graph explorer (explore/main.js, at /explore/assets/) and "Find en kollega" (find/main.js, at /app/assets/).
// Run by ./expertfinder serve and test when a page's sources, shared/ or the lock file changed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: { explore: 'explore/main.js', find: 'find/main.js' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
