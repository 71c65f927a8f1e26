// Opens GraphiQL from the server at argv[2] in headless Chromium, replaces the query (argv[3]) and variables (argv[4]),
// runs it and waits until the result pane shows argv[5]. Prints { response, problems } as JSON; exits 1 on failure.
import { chromium } from 'playwright-core';

const [url, query, variables, expected] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Generous: on a two-core machine running the other test classes at once, showing the result once took over 20 s.
const timeout = 60_000;

// Chromium's sandbox needs a user namespace that root in a container rarely has.
const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await chromium.launch({ executablePath, headless: true, args, timeout });
const problems = [];
let response = null;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));

  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const exampleShown = await page.waitForFunction(() => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
    return editor?.CodeMirror.getValue().includes('experts(') && editor.CodeMirror.getValue();
  });
  if (!(await exampleShown.jsonValue()).includes('query ExpertSearch')) problems.push('the example query is not shown');

  // Typing through CodeMirror's own API: keystrokes would trigger autocompletion popups.
  await page.evaluate(([q, v]) => {
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(q);
    document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror.setValue(v);
  }, [query, variables]);
  // GraphiQL runs the operation it last parsed from the editor, and parses only 100 ms after a change: until it has
  // parsed the new query, the run button would send it with the example's operation name.
  await page.waitForFunction(() => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
    return editor.documentAST?.loc?.source.body === editor.getValue();
  });
  await page.click('button.graphiql-execute-button');
  const shown = await page.waitForFunction((text) => {
    const value = document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '';
    return value.includes(text) && value;
  }, expected);
  response = await shown.jsonValue();
} catch (error) {
  problems.push(`${error.name}: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ response, problems }));
process.exitCode = response === null ? 1 : 0;
