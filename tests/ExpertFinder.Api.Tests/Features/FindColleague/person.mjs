// "A person" in the browser: a colleague's page as an Aarhus employee (what it shows, "Anbefal" and its result), the
// same page on a phone, and as a Randers employee the pages of people they may not see. Every page is checked with axe
// and for hidden people's names. Arguments: baseUrl, the employee's token, the other municipality's token, the
// colleague's key, an Aarhus organisation-only key, a hidden key, the two screenshot paths, the hidden names as JSON.
import { run, viewports, settled } from './browser.mjs';

const [baseUrl, employeeToken, outsiderToken, colleague, organisationOnly, hidden, desktopShot, phoneShot, hiddenNamesJson] = process.argv.slice(2);
const hiddenNames = JSON.parse(hiddenNamesJson);

/** What the page shows of the person, read from the page as a visitor sees it. */
async function read(page) {
  return page.evaluate(() => {
    const text = (node) => node?.textContent.trim().replace(/\s+/g, ' ') ?? null;
    const section = (id) => document.querySelector(`section[aria-labelledby="${id}"]`);
    return {
      state: document.body.dataset.state,
      h1: text(document.querySelector('main h1')),
      h1Count: document.querySelectorAll('main h1').length,
      title: text(document.querySelector('.person-header .person-title')),
      unitPath: text(document.querySelector('.person-header .unit-path')),
      competences: [...document.querySelectorAll('.competence')].map((item) => ({
        key: item.dataset.competence,
        name: text(item.querySelector('h3')),
        level: text(item.querySelector('.level-text')),
        source: text(item.querySelector('.competence-source')),
        endorsementCount: text(item.querySelector('.endorsement-count')),
        endorsers: [...item.querySelectorAll('.endorsement')].map((e) => text(e)),
        canEndorse: item.querySelector('[data-action="endorse"]') !== null,
      })),
      askMeAbout: [...document.querySelectorAll('.ask-list li')].map(text),
      willing: Object.fromEntries([...document.querySelectorAll('[data-willing]')].map((dd) => [dd.dataset.willing, text(dd)])),
      networks: [...document.querySelectorAll('.network-list li')].map(text),
      documents: [...document.querySelectorAll('.document-list .document-title')].map(text),
      contact: text(section('person-contact')),
      inCommon: [...document.querySelectorAll('.in-common .person-name')].map(text),
      inCommonShown: section('person-in-common') !== null,
      body: document.body.innerText,
    };
  });
}

function hiddenIn(where, body, steps) {
  const found = hiddenNames.filter((name) => body.includes(name));
  steps.hiddenSeen.push(...found.map((name) => `${where}: ${name}`));
}

function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

await run(baseUrl, async ({ open, steps, check, screenshot }) => {
  steps.hiddenSeen = [];

  const page = await open(`/personer/${colleague}`, { token: employeeToken });
  const before = await read(page);
  hiddenIn('colleague', before.body, steps);
  delete before.body;
  steps.colleague = before;
  await check(page, 'person, desktop');
  await screenshot(page, desktopShot);

  // "Anbefal" the first competence offered, with a comment; the page draws the server's answer.
  const item = page.locator('.competence:has([data-action="endorse"])').first();
  const key = await item.getAttribute('data-competence');
  await item.locator('[data-action="endorse"]').click();
  await item.locator('input[type="text"]').fill('Hjalp mig godt med en svær sag');
  await item.locator('button[type="submit"]').click();
  const done = page.locator(`.competence[data-competence="${key}"] .endorsed-by-me`);
  await done.waitFor();
  const after = await read(page);
  steps.endorsed = {
    key,
    done: await done.textContent(),
    competence: after.competences.find((c) => c.key === key),
    focused: await page.evaluate(() => document.activeElement?.className ?? ''),
  };
  await check(page, 'person after endorsing');
  hiddenIn('colleague after endorsing', after.body, steps);

  // Drawn again from the server: the endorsement is still there, and the own one can be taken back.
  await page.reload();
  await settled(page);
  const reloaded = await read(page);
  steps.reloaded = reloaded.competences.find((c) => c.key === key);
  steps.withdrawOffered = await page.locator(`.competence[data-competence="${key}"] [data-action="withdraw"]`).count();

  // Another competence is endorsed without a comment and taken back: "Anbefal" is offered again.
  const other = page.locator('.competence:has([data-action="endorse"])').first();
  const otherKey = await other.getAttribute('data-competence');
  await other.locator('[data-action="endorse"]').click();
  await other.locator('button[type="submit"]').click();
  const withdraw = page.locator(`.competence[data-competence="${otherKey}"] [data-action="withdraw"]`);
  await withdraw.click();
  await page.locator(`.competence[data-competence="${otherKey}"] [data-action="endorse"]`).waitFor();
  steps.withdrawn = { key: otherKey, competence: (await read(page)).competences.find((c) => c.key === otherKey) };

  const phone = await open(`/personer/${colleague}`, { token: employeeToken, viewport: viewports.phone });
  await check(phone, 'person, phone');
  steps.phoneNoHorizontalScroll = await noHorizontalScroll(phone);
  await screenshot(phone, phoneShot);

  // From Randers: an Aarhus organisation-only profile and a hidden one are "not found"; a public one shows.
  steps.outsider = {};
  for (const [name, key] of [['organisationOnly', organisationOnly], ['hidden', hidden], ['colleague', colleague]]) {
    const outsider = await open(`/personer/${key}`, { token: outsiderToken });
    const seen = await read(outsider);
    hiddenIn(`outsider ${name}`, seen.body, steps);
    steps.outsider[name] = { state: seen.state, h1: seen.h1, body: seen.body.slice(0, 2000), inCommon: seen.inCommon, contact: seen.contact };
    await check(outsider, `person as outsider (${name})`);
  }
  // The not-found page's link leads back to the search.
  const outsider = await open(`/personer/${hidden}`, { token: outsiderToken });
  await outsider.getByRole('link', { name: 'Tilbage til søgningen' }).click();
  await settled(outsider);
  steps.backToSearch = new URL(outsider.url()).pathname;

  // Anonymous: no "Anbefal", no colleagues in common, a note instead of contact details.
  const anonymous = await open(`/personer/${colleague}`);
  const seenAnonymously = await read(anonymous);
  hiddenIn('anonymous', seenAnonymously.body, steps);
  steps.anonymous = { canEndorse: seenAnonymously.competences.some((c) => c.canEndorse), inCommonShown: seenAnonymously.inCommonShown, contact: seenAnonymously.contact };
});
