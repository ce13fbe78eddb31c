// Deterministic bench content: a 1,000-question FAQ and a 500-paragraph article, as schema.org
// JSON (what <news-faq> and <news-article> take) and as the equivalent static HTML (the floor)
// and peer markup. Runs in the browser and in Node; the same seed always gives the same text.

/** Small fast PRNG (mulberry32), so every run and every variant sees identical content. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** `count` distinct entries of `list`, in random order. */
function sample(rand, list, count) {
  const chosen = new Set();
  while (chosen.size < count) chosen.add(Math.floor(rand() * list.length));
  return [...chosen].map((index) => list[index]);
}

const SUBJECTS = [
  'the new bus network',
  'the property tax reassessment',
  'school enrolment for next year',
  'the heat advisory',
  'early voting',
  'the water main replacement',
  'the curbside compost pilot',
  'the library card amnesty',
  'the downtown parking permit',
  'the bridge closure',
  'the flu vaccination drive',
  'the rent stabilization ordinance',
  'the snow emergency routes',
  'the bike lane extension',
  'the city budget hearing',
  'the recycling schedule change',
  'the summer youth jobs program',
  'the noise ordinance',
  'the flood insurance update',
  'the new ambulance dispatch system',
  'the mail-in ballot deadline',
  'the park renovation',
  'the senior transit pass',
  'the short-term rental registry',
  'the street tree planting program',
  'the tenant relocation fund',
  'the boil-water notice',
  'the homeowner energy rebate',
  'the community policing review',
  'the food bank expansion',
  'the stadium financing plan',
  'the airport runway project',
  'the minimum wage increase',
  'the public pool reopening',
  'the hospital merger',
  'the wildfire smoke guidance',
  'the lead pipe inventory',
  'the school lunch program',
  'the broadband grant',
  'the ferry timetable',
  'the electric scooter rules',
  'the small business relief loans',
  'the census follow-up survey',
  'the jury duty reform',
  'the landfill expansion',
  'the coastal erosion study',
  'the courthouse relocation',
  'the speed camera program',
  'the childcare subsidy',
  'the museum free days',
  'the housing lottery',
  'the road resurfacing plan',
  'the university tuition freeze',
  'the power outage compensation',
  'the dog licence renewal',
  'the farmers market permits',
  'the evacuation zone map',
  'the drinking water report',
  'the sidewalk repair program',
  'the marathon road closures',
  'the tax filing extension',
  'the new recycling bins',
  'the ranked-choice ballot',
  'the teachers’ contract talks',
  'the hurricane shelter list',
  'the COVID-19 booster clinics',
  'the pension fund audit',
  'the rail strike',
  'the cooling centres',
  'the voter ID requirement',
  'the garbage collection strike',
  'the carbon tax rebate',
  'the congestion charge',
  'the pothole reporting app',
  'the new zoning code',
  'the state of emergency',
  'the festival ticket refunds',
  'the prescription drug price cap',
  'the measles outbreak',
  'the subway signal upgrade',
  'the veterans’ housing program',
  'the hiring freeze',
  'the library renovation',
  'the water rate increase',
  'the mayoral debate',
  'the police budget vote',
  'the solar panel incentive',
  'the trash fee',
  'the ice storm cleanup',
  'the affordable housing bond',
  'the school bus driver shortage',
  'the river cleanup',
];

const QUESTIONS = [
  (s) => `What is ${s}?`,
  (s) => `When does ${s} take effect?`,
  (s) => `Who is affected by ${s}?`,
  (s) => `How much will ${s} cost taxpayers?`,
  (s) => `Where can I find more information about ${s}?`,
  (s) => `Why was ${s} delayed?`,
  (s) => `Can I appeal a decision about ${s}?`,
  (s) => `How do I sign up for updates on ${s}?`,
  (s) => `What changes with ${s} this year?`,
  (s) => `Does ${s} apply to renters?`,
  (s) => `Is information on ${s} available in other languages?`,
  (s) => `How was ${s} decided?`,
];

const AGENCIES = [
  'the city council',
  'the county health department',
  'the transit authority',
  'the school board',
  'the state election office',
  'the public works department',
  'the housing agency',
  'the mayor’s office',
  'the environmental protection office',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const SENTENCES = [
  (s, r) =>
    `${cap(pick(r, AGENCIES))} approved ${s} in ${pick(r, MONTHS)} after a public hearing that ran past midnight.`,
  (_s, r) =>
    `The changes begin on ${pick(r, DAYS)}, ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, and will be phased in over ${2 + Math.floor(r() * 10)} weeks.`,
  (_s, r) =>
    `Officials estimate the cost at about $${(1 + Math.floor(r() * 90)) / 10} million, most of it covered by state and federal grants.`,
  () =>
    `Residents who are unsure whether they qualify can call 311 or visit any branch library, where staff can help in person.`,
  (_s, r) =>
    `About ${1 + Math.floor(r() * 60)},000 households are expected to be affected in the first year.`,
  (_s, r) =>
    `${cap(pick(r, AGENCIES))} said the delay was caused by a shortage of contractors and a late change to the plans.`,
  (_s, r) =>
    `Appeals must be filed in writing within ${10 + Math.floor(r() * 50)} days of the decision.`,
  () =>
    `Notices are being mailed to every affected address; no action is needed if your details have not changed.`,
  () => `Translations are available in Spanish, Chinese, Vietnamese, Arabic and Haitian Creole.`,
  () =>
    `Renters are covered on the same terms as owners, though landlords must pass on any credit within one billing cycle.`,
  (_s, r) =>
    `The decision followed ${2 + Math.floor(r() * 9)} months of consultation and a survey that drew more than ${1 + Math.floor(r() * 20)},000 responses.`,
  (s) =>
    `Critics argue that ${s} does too little for low-income families, while supporters say it is a fair compromise.`,
  (_s, r) =>
    `A second round of public meetings is scheduled for ${pick(r, MONTHS)}, and the sessions will be streamed online.`,
  () =>
    `Updates are posted on the official website and sent by text message to anyone who registers a phone number.`,
  (_s, r) =>
    `The program will be reviewed after ${1 + Math.floor(r() * 3)} years, and the council can extend or end it at that point.`,
  () =>
    `People with disabilities can request accommodations by contacting the accessibility coordinator at least five days in advance.`,
  (_s, r) =>
    `Fees have not changed since ${2006 + Math.floor(r() * 8)}, officials noted, and the increase is the first in over a decade.`,
  () =>
    `Emergency exemptions remain available for medical reasons and for households facing eviction.`,
];

const RICH = [
  (s, r) => `<strong>Important:</strong> ${pick(r, SENTENCES)(s, r)}`,
  (s, r) =>
    `${pick(r, SENTENCES)(s, r)} You can <a href="https://example.org/notices/${slug(s)}">read the full notice</a> online.`,
  (s, r) =>
    `${pick(r, SENTENCES)(s, r)} The deadline is <strong>${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}</strong>.`,
  (s, r) =>
    `See the <a href="https://example.org/faq/${slug(s)}">official guidance</a> for details. ${pick(r, SENTENCES)(s, r)}`,
];

const cap = (text) => text[0].toUpperCase() + text.slice(1);
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Share of answers that carry simple markup (`<strong>`, `<a href>`); the rest are plain text. */
export const RICH_SHARE = 0.15;

/**
 * `count` unique, realistic questions and answers: `[{question, answer, rich}]`. `answer` is
 * HTML; about 15% have `<strong>`/`<a>` markup, the rest are plain text, as real FAQs are.
 */
export function faqItems(count = 1000, seed = 1) {
  const rand = random(seed);
  const pairs = [];
  for (const subject of SUBJECTS) for (const question of QUESTIONS) pairs.push([subject, question]);
  // Fisher-Yates with the seeded PRNG: a stable but unordered mix of subjects and question kinds.
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  if (count > pairs.length) throw new Error(`at most ${pairs.length} unique questions`);
  return pairs.slice(0, count).map(([subject, question]) => {
    const rich = rand() < RICH_SHARE;
    const sentences = 1 + Math.floor(rand() * 4);
    const parts = sample(rand, SENTENCES, sentences).map((sentence) => sentence(subject, rand));
    if (rich) parts[0] = pick(rand, RICH)(subject, rand);
    return { question: question(subject), answer: parts.join(' '), rich };
  });
}

/** schema.org FAQPage JSON for the items. */
export function faqJson(items) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name: 'Your questions, answered',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The floor: the same questions as static `<details>` HTML, answers as the same markup. */
export function faqHtml(items) {
  let html = '<section><h2>Your questions, answered</h2>';
  for (const item of items) {
    html += `<details><summary>${escapeHtml(item.question)}</summary><div>${item.answer}</div></details>`;
  }
  return `${html}</section>`;
}

/** Shoelace: one `<sl-details summary>` per question, the answer as light-DOM content. */
export function shoelaceHtml(items) {
  let html = '<section><h2>Your questions, answered</h2>';
  for (const item of items) {
    html += `<sl-details summary="${escapeHtml(item.question)}">${item.answer}</sl-details>`;
  }
  return `${html}</section>`;
}

/** Web Awesome 3: `<wa-accordion>` of `<wa-accordion-item label>`. */
export function webAwesomeHtml(items) {
  let html = '<section><h2>Your questions, answered</h2><wa-accordion>';
  for (const item of items) {
    html += `<wa-accordion-item label="${escapeHtml(item.question)}">${item.answer}</wa-accordion-item>`;
  }
  return `${html}</wa-accordion></section>`;
}

// Sentences of the seed article (seed/000_ee1726b8ad9b0d37.txt), body and FAQ answers.
const SEED = [
  'In a concerning and significant escalation, the United States has accused Russia of using ballistic missiles and launchers supplied by North Korea in its ongoing war against Ukraine.',
  'This revelation marks the first time that US intelligence has provided details about North Korea’s involvement in supplying Russia with such weaponry.',
  'John Kirby, the National Security Council spokesman, has emphasized the gravity of this situation and announced that the US plans to raise the matter at the UN Security Council.',
  'Additionally, further sanctions will be imposed on those who facilitate arms transfers.',
  'However, Moscow has denied any collaboration with North Korea.',
  'While Russia’s motive for acquiring North Korean ballistic missiles remains unclear, it is important to note that Western countries have expressed concerns over the potential transfer of weapons or military technologies to Pyongyang.',
  'In the past, North Korea’s rapid missile development has been attributed to illicit channels operating in Russia or Ukraine.',
  'Notably, Ukraine has denied these allegations and assigned blame to Russia.',
  'During a White House press briefing, Mr. Kirby stressed that Russia’s procurement of ballistic missiles from North Korea is a direct violation of several UN Security Council resolutions.',
  'The international community must hold Russia accountable for its actions and violations of international obligations.',
  'The United Kingdom has also condemned Russia’s use of North Korean ballistic missiles in Ukraine and reaffirmed its commitment to working with partners to ensure that North Korea faces consequences for supporting Russia’s illegal war.',
  'In light of these developments, Mr. Kirby urged the US Congress to promptly approve additional funding for Ukraine.',
  'He emphasized that providing essential air defense capabilities and military equipment is the most effective response to Russia’s aggression.',
  'It is vital for Ukrainians to know that the American people and their government stand in solidarity with them.',
  'However, talks on further funding have encountered obstacles in Congress due to a lack of support among Republicans.',
  'This resistance is tied to the insistence that stricter security measures on the US-Mexico border be included as part of any military aid deal.',
  'The urgency for Western aid to Ukraine cannot be overstated, as the country’s war effort and public finances are at risk without continued support.',
  'The previous military aid package of approximately $250 million approved by the White House must be followed by additional funding to help Ukraine effectively defend itself.',
  'As the situation unfolds, it is crucial for the international community to closely monitor Russia’s activities and hold those responsible accountable for violating international norms.',
  'The partnership between Iran, North Korea, and Russia raises further concerns, underscoring the need for unified efforts to address these critical regional challenges.',
  'Ballistic missiles are self-guided rockets that can reach targets over long distances, often carrying a payload, such as conventional or nuclear warheads.',
  'These missiles follow a parabolic trajectory, propelled by rocket engines before reentering the Earth’s atmosphere to strike their intended targets.',
  'The collaboration between Russia and North Korea in the supply of ballistic missiles raises alarms as it signifies a concerning escalation in the conflict between Russia and Ukraine.',
  'It also highlights the potential for illicit weapons transfers and the cooperation between countries facing international sanctions.',
  'The US plans to raise the issue at the UN Security Council and impose additional sanctions on those involved in facilitating arms transfers.',
  'Furthermore, the US urges Congress to approve further funding for Ukraine to strengthen its defense capabilities.',
  'Western aid is vital for Ukraine to effectively defend itself and support its war efforts.',
  'Without continued assistance, Ukraine’s ability to protect its citizens and manage its public finances is at great risk.',
  'The country relies on international support to counter the aggression it faces.',
];

/** `count` plain-text paragraphs of 1 to 5 seed sentences each. */
export function articleParagraphs(count = 500, seed = 2) {
  const rand = random(seed);
  const paragraphs = [];
  for (let i = 0; i < count; i++) {
    const sentences = 1 + Math.floor(rand() * 5);
    paragraphs.push(sample(rand, SEED, sentences).join(' '));
  }
  return paragraphs;
}

const ARTICLE_META = {
  headline: 'US says Russia is firing North Korean ballistic missiles at Ukraine',
  dek: 'The White House will raise the transfers at the UN Security Council and push Congress for more aid.',
  author: 'Jordan Ellis',
  authorUrl: 'https://example.org/staff/jordan-ellis',
  datePublished: '2024-01-04T18:30:00Z',
  dateText: 'January 4, 2024 at 6:30 PM',
  section: 'World',
};

/** schema.org NewsArticle JSON with the paragraphs as `articleBody` (blank-line separated). */
export function articleJson(paragraphs) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: ARTICLE_META.headline,
    description: ARTICLE_META.dek,
    author: { '@type': 'Person', name: ARTICLE_META.author, url: ARTICLE_META.authorUrl },
    datePublished: ARTICLE_META.datePublished,
    articleSection: ARTICLE_META.section,
    articleBody: paragraphs.join('\n\n'),
  };
}

/** The floor: the same article as static semantic HTML. */
export function articleHtml(paragraphs) {
  let html =
    `<article><header><h2>${escapeHtml(ARTICLE_META.headline)}</h2>` +
    `<p>${escapeHtml(ARTICLE_META.dek)}</p>` +
    `<p>By <a href="${ARTICLE_META.authorUrl}">${ARTICLE_META.author}</a> · ` +
    `<time datetime="${ARTICLE_META.datePublished}">${ARTICLE_META.dateText}</time></p></header><div>`;
  for (const paragraph of paragraphs) html += `<p>${escapeHtml(paragraph)}</p>`;
  return `${html}</div></article>`;
}

/** The headline of the bench article, for finding its painted node (bench/pages/visible-probe.js). */
export const ARTICLE_HEADLINE = ARTICLE_META.headline;

/**
 * The same paragraphs as a rich-text `articleBody`: one `<p>` each, with the markup an editor
 * adds (a sentence in `<strong>`, one in a link, one in `<em>`) and not one character of text
 * more, so that rendering it against the plain body shows what rich text costs.
 */
export function richArticleBody(paragraphs) {
  return paragraphs
    .map((paragraph, index) => {
      const sentences = paragraph.split(/(?<=\.) /).map(escapeHtml);
      const last = sentences.length - 1;
      if (index % 2 === 0) sentences[0] = `<strong>${sentences[0]}</strong>`;
      if (index % 3 === 0)
        sentences[last] = `<a href="https://example.org/context/${index}">${sentences[last]}</a>`;
      else if (index % 5 === 0) sentences[last] = `<em>${sentences[last]}</em>`;
      return `<p>${sentences.join(' ')}</p>`;
    })
    .join('\n');
}
