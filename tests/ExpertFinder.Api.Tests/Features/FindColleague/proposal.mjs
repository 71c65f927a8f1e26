// "Foreslå et tema" as an Aarhus employee: the round shown, a refused proposal (one unit, one answer left empty) with
// its errors next to the fields, then the template filled in and sent, the suggested participants, and the hub listing it.
// argv: baseUrl, token, artifact folder, two unit keys to choose.
import { run, viewports, settled } from './browser.mjs';
import { overflow, pageText, peopleIn, tooWide } from './practicesPage.mjs';

const [baseUrl, token, artifacts, firstUnit, secondUnit] = process.argv.slice(2);

const answers = {
  title: 'Sundhedsfremme i hverdagen på tværs af forvaltningerne',
  citizenValue: 'Borgerne får sammenhængende sundhedsfremme, når sundhedsplejen og forebyggelsen arbejder sammen.',
  challenge: 'Familier møder forskellige råd om kost og bevægelse fra forskellige medarbejdere.',
  crossUnitReason: 'Sundhedsplejen og forebyggelsen møder de samme familier i hver sin forvaltning.',
  currentShortfall: 'Der er ingen fælles praksis for sundhedssamtaler på tværs.',
  missingLearning: 'Vi mangler at lære af hinandens metoder til sundhedsfremme og motivation.',
  innovationPotential: 'Fælles korte sundhedssamtaler og materialer kan spare tid i begge forvaltninger.',
  outsidePerspectives: 'Forældre og praktiserende læger inddrages.',
};

async function fillTemplate(page, { leaveEmpty = null } = {}) {
  for (const [field, text] of Object.entries(answers)) {
    await page.fill(`#proposal-${field}`, field === leaveEmpty ? '' : text);
  }
  await page.selectOption('#proposal-kind', 'WELFARE');
}

run(baseUrl, async ({ open, steps, check, screenshot }) => {
  steps.answers = answers;
  const page = await open('/praksis/forslag', { token });
  steps.round = await page.$eval('#proposal-round', (p) => ({ key: p.dataset.round, text: p.textContent }));
  steps.labels = await page.$$eval('.proposal-form label', (labels) => labels.map((l) => l.textContent));
  steps.unitChoices = await page.$$eval('.unit-tree input[type=checkbox]', (boxes) => boxes.map((b) => b.dataset.unit));

  // Refused: one unit and an empty answer. The errors stand by their fields, and focus goes to the first.
  await fillTemplate(page, { leaveEmpty: 'challenge' });
  await page.check(`#proposal-unit-${firstUnit}`);
  await page.click('.proposal-form button[type=submit]');
  await page.waitForSelector('#proposal-affectedUnitIds-error:not([hidden])');
  steps.refused = await page.evaluate(() => ({
    errors: [...document.querySelectorAll('.field-error:not([hidden])')].map((e) => ({ id: e.id, text: e.textContent, role: e.getAttribute('role') })),
    focused: document.activeElement?.id,
    challengeInvalid: document.getElementById('proposal-challenge').getAttribute('aria-invalid'),
    challengeDescribedBy: document.getElementById('proposal-challenge').getAttribute('aria-describedby'),
    unitsDescribedBy: document.getElementById('proposal-units').getAttribute('aria-describedby'),
    heading: document.querySelector('h1').textContent,
  }));
  await check(page, 'proposal form with errors');

  // Filled in properly: two units, every required answer.
  await page.fill('#proposal-challenge', answers.challenge);
  await page.check(`#proposal-unit-${secondUnit}`);
  steps.chosenCount = await page.textContent('#proposal-units-count');
  steps.errorsAfterFixing = await page.$$eval('.field-error:not([hidden])', (errors) => errors.length);
  await check(page, 'proposal form desktop');
  await screenshot(page, `${artifacts}/find-proposal-desktop.png`);

  const phone = await open('/praksis/forslag', { token, viewport: viewports.phone });
  await fillTemplate(phone);
  await phone.check(`#proposal-unit-${firstUnit}`);
  await phone.check(`#proposal-unit-${secondUnit}`);
  steps.phoneOverflow = await overflow(phone);
  steps.phoneTooWide = await tooWide(phone);
  await check(phone, 'proposal form phone');
  await screenshot(phone, `${artifacts}/find-proposal-phone.png`);
  await phone.context().close();

  await page.click('.proposal-form button[type=submit]');
  await page.waitForSelector('.suggested-participants, #suggested-heading');
  steps.sent = {
    key: await page.$eval('[data-proposal]', (p) => p.dataset.proposal),
    heading: await page.textContent('h1'),
    focused: await page.evaluate(() => document.activeElement?.tagName),
    suggested: await peopleIn(page, '.suggested-participants'),
    reasons: await page.$$eval('.suggested-participants .reason', (rs) => rs.map((r) => r.textContent)),
    text: await pageText(page),
  };
  await check(page, 'proposal sent');

  // The hub lists it with its status and round.
  await page.click('main a[href="/praksis"]');
  await settled(page);
  await page.waitForSelector('.own-proposals');
  steps.hub = {
    proposals: await page.$$eval('.own-proposal', (items) => items.map((i) => ({ key: i.dataset.proposal, text: i.innerText }))),
    cards: await page.$$eval('.practice-card a', (links) => links.map((a) => a.getAttribute('href'))),
    text: await pageText(page),
  };
  await check(page, 'practices hub desktop');
  const hubPhone = await open('/praksis', { token, viewport: viewports.phone });
  steps.hubPhoneOverflow = await overflow(hubPhone);
  await check(hubPhone, 'practices hub phone');
});
