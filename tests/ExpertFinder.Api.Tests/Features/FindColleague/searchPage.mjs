// What the search scenarios read from the search view and how they wait for it: the hits as drawn, the facets, and
// the page's own time to first results (performance measure 'find:first-results', see searchView.js).

/** The number of searches drawn so far: each drawn search adds one 'find:first-results' measure. */
export const drawnSearches = (page) => page.evaluate(() => performance.getEntriesByName('find:first-results').length);

/** Waits until a search after the `before`-th one is drawn (ready or empty), and returns what the page shows. */
export async function nextSearch(page, before) {
  await page.waitForFunction((count) => performance.getEntriesByName('find:first-results').length > count
    && ['ready', 'empty', 'error'].includes(document.querySelector('.results')?.dataset.state), before);
  return observe(page);
}

/** The search as the page shows it now. */
export function observe(page) {
  return page.evaluate(() => {
    const measures = performance.getEntriesByName('find:first-results');
    const submit = performance.getEntriesByName('find:submit').at(-1);
    const results = performance.getEntriesByName('find:results').at(-1);
    const answer = performance.getEntriesByName('find:answer').at(-1);
    const text = (selector, root = document) => root.querySelector(selector)?.innerText ?? null;
    return {
      url: location.pathname + location.search,
      query: document.getElementById('search-q')?.value,
      state: document.querySelector('.results')?.dataset.state,
      total: Number(document.querySelector('.total')?.dataset.total ?? -1),
      didYouMean: text('.did-you-mean'),
      expandedWith: text('.expanded-with'),
      hits: [...document.querySelectorAll('.hits > li')].map((hit) => ({
        key: hit.dataset.person,
        name: text('.person-name', hit),
        headingLevel: hit.querySelector('.person-name')?.tagName,
        text: hit.innerText,
        marks: [...hit.querySelectorAll('.snippet mark')].map((m) => m.textContent),
        mailto: hit.querySelectorAll('a[href^="mailto:"]').length,
        introduction: text('.introduction', hit),
      })),
      facets: [...document.querySelectorAll('.facet')].map((fieldset) => ({
        name: fieldset.dataset.facet,
        values: [...fieldset.querySelectorAll('input[type="checkbox"]')].map((box) => ({
          value: box.dataset.value, checked: box.checked, label: box.labels[0]?.innerText,
        })),
      })),
      scopeShown: document.querySelector('fieldset.scope') !== null,
      firstResultsMs: measures.at(-1)?.duration ?? null,
      toDomMs: submit && results ? results.startTime - submit.startTime : null,
      // The share of it spent waiting for the API's answer (request, response and JSON).
      answerMs: submit && answer ? answer.startTime - submit.startTime : null,
      // All of the page's text, also what waits behind a closed summary (textContent, not innerText).
      text: document.body.textContent,
    };
  });
}

/** Types into the search box key by key (suggestions are asked for as a person types) and presses Enter. */
export async function typeAndSearch(page, words) {
  const before = await drawnSearches(page);
  await page.fill('#search-q', '');
  await page.locator('#search-q').pressSequentially(words, { delay: 20 });
  await page.press('#search-q', 'Enter');
  return nextSearch(page, before);
}
