// Bundles the graph explorer (explore/main.js and the CSS it imports) with its npm packages into dist/, which the
// server serves at /explore/assets/. Run by ./expertfinder serve and test when explore/ or the lock file changed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: { explore: 'explore/main.js' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
