// Search as an employee (argv[3] is their bearer token): a shared address, typing and Enter, a suggestion chosen with
// the keyboard, "Mente du" for a misspelt query (argv[4]), whom to search among, and filters from the facets
// (municipality argv[5], then competence argv[6] at minimum level argv[7]). The xunit test compares every step
// with the API's answer for the same token. argv[8] is a word nothing matches.
import { run } from './browser.mjs';
import { drawnSearches, nextSearch, typeAndSearch } from './searchPage.mjs';

const [baseUrl, token, misspelt, municipality, competence, level, nothing] = process.argv.slice(2);

await run(baseUrl, async ({ open, steps }) => {
  const page = await open('/?q=vidensdeling', { token });
  steps.shared = await nextSearch(page, 0);
  steps.sundhedsfremme = await typeAndSearch(page, 'sundhedsfremme');
  steps.personalejura = await typeAndSearch(page, 'personalejura');
  // The first search again, typed: opened from the address it was the server's first run of the page's query.
  steps.vidensdelingTyped = await typeAndSearch(page, 'vidensdeling');

  // A suggestion: type the start of a word, arrow down to the competence, Enter searches for its name.
  await page.fill('#search-q', '');
  await page.locator('#search-q').pressSequentially('perso', { delay: 40 });
  await page.waitForSelector('#search-suggestions [role="option"]');
  steps.suggestions = await page.evaluate(() => ({
    expanded: document.getElementById('search-q').getAttribute('aria-expanded'),
    options: [...document.querySelectorAll('#search-suggestions [role="option"]')].map((o) => ({ kind: o.dataset.kind, text: o.innerText })),
  }));
  const target = steps.suggestions.options.findIndex((o) => o.kind === 'COMPETENCE' && o.text.startsWith('Personalejura'));
  if (target < 0) throw new Error('Personalejura is not among the suggestions: ' + JSON.stringify(steps.suggestions.options));
  for (let i = 0; i <= target; i++) await page.press('#search-q', 'ArrowDown');
  steps.suggestions.activeBeforeEnter = await page.evaluate(() => {
    const id = document.getElementById('search-q').getAttribute('aria-activedescendant');
    return document.getElementById(id)?.innerText ?? null;
  });
  let before = await drawnSearches(page);
  await page.press('#search-q', 'Enter');
  steps.suggestionChosen = await nextSearch(page, before);
  steps.suggestionChosen.expandedAfter = await page.getAttribute('#search-q', 'aria-expanded');
  // Escape closes an open list.
  await page.fill('#search-q', '');
  await page.locator('#search-q').pressSequentially('sundhed', { delay: 40 });
  await page.waitForSelector('#search-suggestions [role="option"]');
  await page.press('#search-q', 'Escape');
  steps.escape = await page.evaluate(() => ({
    expanded: document.getElementById('search-q').getAttribute('aria-expanded'),
    listHidden: document.getElementById('search-suggestions').hidden,
  }));

  // A misspelt query, opened from its address; the correction is a link that searches it.
  await page.goto(new URL('/?q=' + encodeURIComponent(misspelt), baseUrl).toString());
  steps.misspelt = await nextSearch(page, 0);
  before = await drawnSearches(page);
  await page.click('.did-you-mean a');
  steps.corrected = await nextSearch(page, before);

  // Nothing found: help in words.
  await page.goto(new URL('/?q=' + encodeURIComponent(nothing), baseUrl).toString());
  steps.nothing = await nextSearch(page, 0);

  // Whom to search among.
  await page.goto(new URL('/?q=vidensdeling', baseUrl).toString());
  steps.anyone = await nextSearch(page, 0);
  for (const [name, id] of [['outsideUnit', '#scope-outside-my-unit'], ['outsideDepartment', '#scope-outside-my-department']]) {
    before = await drawnSearches(page);
    await page.check(id);
    steps[name] = await nextSearch(page, before);
  }
  before = await drawnSearches(page);
  await page.check('#scope-anyone');
  await nextSearch(page, before);

  // Filters: a municipality, then a competence at a minimum level; the address holds them.
  before = await drawnSearches(page);
  await page.check(`.facet[data-facet="municipality"] input[data-value="${municipality}"]`);
  steps.municipality = await nextSearch(page, before);
  steps.municipality.focusKept = await page.evaluate((value) => document.activeElement?.dataset.value === value, municipality);
  before = await drawnSearches(page);
  await page.click('.remove-filter[data-param="kommune"]');
  await nextSearch(page, before);
  before = await drawnSearches(page);
  await page.check(`.facet[data-facet="competence"] input[data-value="${competence}"]`);
  await nextSearch(page, before);
  before = await drawnSearches(page);
  await page.selectOption('#filter-niveau', level);
  steps.competence = await nextSearch(page, before);
  // The address, opened afresh, draws the same search.
  const url = steps.competence.url;
  await page.goto(new URL(url, baseUrl).toString());
  steps.competenceReopened = await nextSearch(page, 0);
  before = await drawnSearches(page);
  await page.click('.active-filters .link-button');
  steps.filtersRemoved = await nextSearch(page, before);

  // A person among the suggestions opens their page.
  await page.fill('#search-q', '');
  await page.locator('#search-q').pressSequentially('Lotte Be', { delay: 40 });
  await page.waitForSelector('#search-suggestions [role="option"][data-kind="PERSON"]');
  const person = await page.$$eval('#search-suggestions [role="option"]', (options) => options.findIndex((o) => o.dataset.kind === 'PERSON'));
  for (let i = 0; i <= person; i++) await page.press('#search-q', 'ArrowDown');
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => location.pathname.startsWith('/personer/'));
  steps.personSuggestion = { path: await page.evaluate(() => location.pathname) };
});
