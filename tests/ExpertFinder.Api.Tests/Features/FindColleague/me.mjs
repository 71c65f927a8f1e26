// "Mig" in the browser as an employee: change title and bio, add a "spørg mig om", set a competence's level, add one
// and remove one, toggle mentoring, change contact sharing, then try invalid input (a statement of 201 characters, an
// empty name) and finally a new name, which the header must show. Also at phone width, and anonymously.
// Arguments: baseUrl, the employee's token, the two screenshot paths, the hidden names as JSON.
import { run, viewports } from './browser.mjs';

const [baseUrl, token, desktopShot, phoneShot, hiddenNamesJson] = process.argv.slice(2);
const hiddenNames = JSON.parse(hiddenNamesJson);

async function saveAndWait(page, section, expected) {
  await page.locator(`#${section}-save`).click();
  const status = page.locator(`#${section}-status`);
  await status.filter({ hasText: expected }).waitFor();
  return status.textContent();
}

await run(baseUrl, async ({ open, steps, check, screenshot }) => {
  steps.hiddenSeen = [];
  const hiddenIn = async (page, where) => {
    const body = await page.evaluate(() => document.body.innerText);
    steps.hiddenSeen.push(...hiddenNames.filter((name) => body.includes(name)).map((name) => `${where}: ${name}`));
  };

  const page = await open('/mig', { token });
  steps.h1 = await page.locator('main h1').textContent();
  steps.initialName = await page.inputValue('#me-name');
  steps.download = await page.locator('#me-download').evaluate((a) => ({ href: a.getAttribute('href'), download: a.getAttribute('download'), text: a.textContent }));
  await check(page, 'me, desktop');
  await hiddenIn(page, 'me');
  await screenshot(page, desktopShot);

  await page.fill('#me-title', 'Udviklingskonsulent og videndeler');
  await page.fill('#me-bio', 'Jeg hjælper kolleger med at dele viden på tværs.\nSpørg mig gerne.');
  steps.profileStatus = await saveAndWait(page, 'me-profile', 'Din profil er gemt');

  await page.fill('#me-ask-new', 'Onboarding af nye kolleger');
  await page.click('#me-ask-add');
  steps.askStatus = await saveAndWait(page, 'me-ask', 'Dine emner er gemt');
  steps.askShown = await page.locator('.ask-text').allTextContents();

  // The first competence's level goes one step (down from 5, else up); the last is removed; one is added.
  const first = page.locator('.my-competence').first();
  steps.levelKey = await first.getAttribute('data-competence');
  const level = Number(await first.locator('select').inputValue());
  steps.newLevel = level === 5 ? 4 : level + 1;
  await first.locator('select').selectOption(String(steps.newLevel));
  await first.locator('[data-action="save-level"]').click();
  await page.locator('#me-competences-status').filter({ hasText: 'er nu niveau' }).waitFor();
  steps.levelStatus = await page.locator('#me-competences-status').textContent();

  const last = page.locator('.my-competence').last();
  steps.removedKey = await last.getAttribute('data-competence');
  await last.locator('[data-action="remove"]').click();
  await page.locator('#me-competences-status').filter({ hasText: 'er fjernet' }).waitFor();

  await page.fill('#me-competence-search', 'forvaltningsret');
  await page.locator('#me-competence-results button').first().click();
  steps.picked = await page.locator('#me-competence-picked').textContent();
  await page.selectOption('#me-competence-level', '2');
  await page.click('#me-competence-add');
  await page.locator('#me-competences-status').filter({ hasText: 'er tilføjet' }).waitFor();
  steps.addStatus = await page.locator('#me-competences-status').textContent();
  steps.competencesShown = await page.locator('.my-competence').evaluateAll((items) => items.map((item) => ({
    key: item.dataset.competence, level: item.querySelector('select').value })));

  steps.mentoringBefore = await page.isChecked('#me-mentoring');
  await page.click('#me-mentoring');
  steps.willingStatus = await saveAndWait(page, 'me-willing', 'Det er gemt');

  const sharing = await page.locator('input[name="me-contact"]:checked').inputValue();
  steps.contactSharing = sharing === 'MUNICIPALITY' ? 'NOBODY' : 'MUNICIPALITY';
  await page.check(`#me-contact-${steps.contactSharing.toLowerCase()}`);
  steps.privacyStatus = await saveAndWait(page, 'me-privacy', 'Dine valg er gemt');
  await check(page, 'me after saving');

  // Invalid input: the payload's code is shown next to the field, and nothing is saved (the test asks the API).
  await page.fill('#me-ask-new', 'x'.repeat(201));
  await page.click('#me-ask-save');
  await page.locator('#me-ask-new-error').filter({ hasText: 'TOO_LONG' }).waitFor();
  steps.tooLong = {
    field: await page.locator('#me-ask-new-error').textContent(),
    status: await page.locator('#me-ask-status').textContent(),
    invalid: await page.getAttribute('#me-ask-new', 'aria-invalid'),
  };
  await check(page, 'me with an error');
  await page.fill('#me-ask-new', '');

  await page.fill('#me-name', '   ');
  await page.click('#me-profile-save');
  await page.locator('#me-name-error:not([hidden])').waitFor();
  steps.emptyName = {
    field: await page.locator('#me-name-error').textContent(),
    status: await page.locator('#me-profile-status').textContent(),
  };

  // Asked from the page with the same credentials: neither invalid attempt was saved.
  steps.afterInvalid = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { person { name askMeAbout } } }' }),
    });
    return (await response.json()).data.me.person;
  });

  // A new name: the page loads the session again, and the header says who is signed in by the new name.
  await page.fill('#me-name', 'Mette Lund Nielsen');
  await page.click('#me-profile-save');
  await page.locator('.signed-in strong', { hasText: 'Mette Lund Nielsen' }).waitFor();
  steps.headerName = await page.locator('.signed-in strong').textContent();
  steps.nameAfter = await page.inputValue('#me-name');
  await hiddenIn(page, 'me after saving');

  const phone = await open('/mig', { token, viewport: viewports.phone });
  await check(phone, 'me, phone');
  steps.phoneNoHorizontalScroll = await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  await screenshot(phone, phoneShot);

  const anonymous = await open('/mig');
  steps.anonymous = await anonymous.locator('main').innerText();
  steps.anonymousForms = await anonymous.locator('main form').count();
  await check(anonymous, 'me, anonymous');
});
