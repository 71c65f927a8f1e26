// Who may be found: a person from another municipality (argv[3] is their bearer token) searches the three words of the
// issue and types a name (argv[4]) that only people of another municipality carry; then an anonymous visitor opens a
// shared search. The xunit test checks that no hidden or out-of-scope person appears anywhere on the page, and that
// the anonymous visitor sees no contact details.
import { run } from './browser.mjs';
import { nextSearch, observe } from './searchPage.mjs';

const [baseUrl, token, outOfScopeName] = process.argv.slice(2);

await run(baseUrl, async ({ open, steps }) => {
  const page = await open('/?q=vidensdeling', { token });
  steps.vidensdeling = await nextSearch(page, 0);
  for (const words of ['sundhedsfremme', 'personalejura']) {
    await page.goto(new URL('/?q=' + words, baseUrl).toString());
    steps[words] = await nextSearch(page, 0);
  }
  // The suggestions for a name of someone they may not see: the answer arrives, and nobody out of scope is offered.
  await page.fill('#search-q', '');
  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('FindSuggest')
    && JSON.parse(response.request().postData()).variables.prefix === outOfScopeName);
  await page.locator('#search-q').pressSequentially(outOfScopeName, { delay: 20 });
  await answered;
  await page.waitForTimeout(100);
  steps.suggestions = await page.evaluate(() => ({
    options: [...document.querySelectorAll('#search-suggestions [role="option"]')].map((o) => o.innerText),
    text: document.body.textContent,
  }));

  const anonymous = await open('/?q=vidensdeling');
  steps.anonymous = await nextSearch(anonymous, 0);
  steps.anonymous.contactLinks = await anonymous.evaluate(() => document.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]').length);
  steps.anonymous.signedInAs = await anonymous.evaluate(() => window.findApp.app.session.kind);
});
