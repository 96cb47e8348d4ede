/**
 * A synthetic, schema-valid framework of any size, for the search benchmark
 * and tests. Deterministic: the same seed and size always give the same
 * framework. Indicators are built from social value vocabulary (openers,
 * actions, topics, groups, places, measures) plus generated place and
 * organisation names, so the vocabulary grows with size the way a large
 * imported framework's would, with near-miss words for typo lookups to wade
 * through.
 */
import {
  FRAMEWORK_SCHEMA_VERSION,
  MEASURE_TYPES,
  REPORTING_FREQUENCIES,
  type Framework,
  type Indicator,
  type MeasureType,
  type Outcome,
  type Theme,
} from '../../../framework/schema';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = [
  'Initiatives to', 'Programmes that', 'Number of projects that', 'Total spend on work to', 'Hours of staff time given to',
  'Evidence of commitment to', 'Investment in schemes that', 'Partnerships with local organisations to', 'Activities that',
  'Commitments in the supply chain to', 'Pilots that', 'Volunteering time dedicated to help',
];
const ACTIONS = [
  'reduce', 'increase', 'promote', 'support', 'tackle', 'improve', 'develop', 'fund', 'expand', 'encourage', 'protect',
  'strengthen', 'widen access to', 'raise awareness of',
];
const TOPICS = [
  'carbon emissions', 'apprenticeships', 'local employment', 'mental health support', 'fuel poverty', 'air quality',
  'food waste', 'single use plastics', 'green spaces', 'digital inclusion', 'homelessness', 'social prescribing',
  'youth unemployment', 'employment of care leavers', 'employment of veterans', 'ethnic minority recruitment',
  'jobs for disabled people', 'community transport', 'cycling infrastructure', 'electric vehicle charging',
  'energy efficiency', 'water consumption', 'biodiversity net gain', 'tree planting', 'flood resilience', 'heat pumps',
  'solar panels', 'social housing', 'loneliness and isolation', 'dementia awareness', 'falls prevention',
  'childhood obesity', 'school readiness', 'adult literacy', 'numeracy skills', 'ESOL classes', 'domestic abuse',
  'knife crime', 'modern slavery checks', 'supply chain audits', 'prompt payment of suppliers', 'SME subcontracting',
  'VCSE partnerships', 'community wealth building', 'work placements', 'graduate schemes', 'STEM outreach',
  'careers fairs', 'mentoring', 'digital skills', 'broadband access', 'library services', 'arts and culture',
  'sports participation', 'active travel', 'walking routes', 'bus services', 'rural isolation', 'breaks for carers',
  'respite care', 'hospital discharge', 'telecare', 'healthy eating', 'smoking cessation', 'alcohol harm',
  'drug recovery', 'sexual health', 'oral health', 'vaccination uptake', 'screening programmes', "men's health",
  'suicide prevention', 'bereavement support', 'debt advice', 'welfare rights advice', 'affordable credit',
  'food banks', 'holiday hunger', 'free school meals', 'period poverty', 'housing adaptations', 'accessible buildings',
  'hate crime', 'community cohesion', 'refugee resettlement', 'the armed forces covenant', 'the real Living Wage',
  'zero hours contracts', 'flexible working', 'parental leave', 'menopause support', 'staff wellbeing',
  'sickness absence', 'occupational health', 'ethical sourcing', 'fair trade', 'the circular economy', 'reuse schemes',
  'recycling rates', 'landfill diversion', 'packaging reduction', 'water refill stations', 'anti-idling',
  'freight consolidation', 'last mile delivery', 'low emission zones', 'carbon literacy', 'net zero plans',
  'scope 3 emissions', 'renewable electricity', 'LED lighting', 'home insulation', 'retrofit of buildings',
  'trauma informed practice', 'peer support networks', 'independent living', 'supported internships',
  'pre-employment courses', 'chamber of commerce membership', 'business start ups', 'pro bono advice',
  'room hire for community groups', 'equipment donations', 'sponsorship of local sport', 'test beds and pilots',
  'co-production with service users', 'Time to Change pledges', 'mental health first aid training',
  'diversity training', 'women returners', 'shared care in households', 'long-term unemployment',
  'rehabilitation of young offenders', 'sheltered workshops', 'reserved contracts', 'local producers',
];
const GROUPS = [
  'young people', 'older people', 'carers', 'care leavers', 'disabled people', 'people with learning disabilities',
  'ex-offenders', 'veterans', 'women returners', 'single parents', 'refugees', 'people on low incomes',
  'rural residents', 'long-term unemployed people', 'NEET young people', 'people with long-term conditions',
  'families', 'children', 'tenants', 'local residents', 'SMEs', 'VCSE organisations', 'schools', 'GP practices',
  'service users', 'employees', 'subcontractors',
];
const TAILS = [
  'delivered in addition to core services.', '(including as a %).', 'over the life of the contract.',
  'compared to the previous year.', '(£ equivalent value).', '(FTE).', 'each year.', '(hours).',
  'with evidence of impact.', 'beyond the scope of the core service.', '.',
];
const SYLLABLES = [
  'ash', 'bur', 'ton', 'ley', 'wick', 'ham', 'ford', 'by', 'mere', 'stow', 'ing', 'wood', 'field', 'brook', 'dale',
  'holm', 'nor', 'sud', 'wes', 'cas', 'tle', 'ald', 'der', 'mac', 'cles', 'nant', 'wich', 'crewe', 'sand', 'bach',
  'pool', 'knut', 'sford', 'pop', 'hal', 'gar', 'ven', 'ross', 'kel', 'bri',
];
const ORG_KINDS = ['Trust', 'Partnership', 'Foundation', 'Network', 'Forum', 'Alliance', 'Collective', 'Hub'];
const ANSWER_POINTS = [
  'A specific, measurable commitment with annual targets',
  'The named lead responsible for delivery and reporting',
  'How the work will reach people in the most deprived areas',
  'Partners in the voluntary and community sector and their roles',
  'How progress will be evidenced and verified',
  'A delivery timetable across the term of the contract',
  'How the commitment goes beyond what the core service already does',
  'How the supply chain will be engaged in delivering it',
];
/** Synthetic scoring descriptors: one for each score, as the schema requires. */
export const SYNTHETIC_SCORING = {
  0: 'No answer.',
  1: 'General statements only.',
  2: 'Some commitments, mostly unquantified.',
  3: 'Credible commitments, partly quantified.',
  4: 'Specific, measurable, time-bound commitments.',
  5: 'As a 4, with independent evidence.',
} as const;
const EVIDENCE = [
  'Monthly returns with supporting records', 'Payroll extracts and contracts of employment', 'Attendance registers and feedback',
  'Invoices and receipts', 'Carbon calculation workbook and meter readings', 'Case studies and partner letters',
];
const UNITS: Record<MeasureType, string> = {
  fte: 'FTE jobs', number: 'number', weeks: 'weeks', gbp: '£', percent: '%', hours: 'hours', kg: 'kg',
  tco2e: 'tonnes CO2e', miles: 'miles', 'yes-no': 'yes / no', narrative: 'description',
};

const THEMES: { id: string; name: string; title: string }[] = [
  { id: 'people', name: 'People', title: 'Healthier, more resilient people and communities' },
  { id: 'prosperity', name: 'Prosperity', title: 'Inclusive, diverse and responsible business' },
  { id: 'planet', name: 'Planet', title: 'Protecting the environment and tackling climate change' },
  { id: 'innovation', name: 'Innovation', title: 'New ways of delivering social value' },
];
const MARMOT = [
  { id: 'best-start', name: 'Give every child the best start in life' },
  { id: 'maximise-capabilities', name: 'Enable all people to maximise their capabilities' },
  { id: 'fair-employment', name: 'Create fair employment and good work for all' },
  { id: 'healthy-standard-of-living', name: 'Ensure a healthy standard of living for all' },
  { id: 'healthy-places', name: 'Create and develop healthy and sustainable places and communities' },
  { id: 'prevention', name: 'Strengthen the role and impact of ill health prevention' },
];
const OUTCOME_PHRASES = [
  'More local people are in good work', 'Health inequalities are reduced', 'Carbon emissions are reduced',
  'Communities are stronger and more connected', 'Children get the best start in life', 'Local businesses grow',
  'The voluntary sector is stronger', 'Air is cleaner', 'Less waste is sent to landfill', 'People live independently for longer',
  'Supply chains are ethical', 'Service users shape services', 'Skills gaps are closed', 'Poverty is reduced',
  'Green spaces are protected', 'Mental health is promoted',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function name(random: () => number): string {
  const parts = 2 + Math.floor(random() * 2);
  let out = '';
  for (let i = 0; i < parts; i++) out += pick(random, SYLLABLES);
  return capitalise(out);
}

function outcomesFor(): Outcome[] {
  const outcomes: Outcome[] = [];
  THEMES.forEach((theme, t) => {
    for (let i = 0; i < 4; i++) {
      const phrase = OUTCOME_PHRASES[(t * 4 + i) % OUTCOME_PHRASES.length] ?? 'Outcomes improve';
      outcomes.push({ id: `${theme.id}-outcome-${i + 1}`, text: `${phrase}.`, themes: [theme.id] });
    }
  });
  return outcomes;
}

function themeRecord(theme: (typeof THEMES)[number], outcomes: readonly Outcome[]): Theme {
  return {
    id: theme.id,
    name: theme.name,
    title: theme.title,
    marmotPriorities: MARMOT.slice(0, 3).map((m) => ({ id: m.id, text: m.name })),
    outcomes: outcomes.filter((o) => o.themes.includes(theme.id)).map((o) => o.id),
    localVoices: { heading: 'What local people say is important to them:', quotes: ['Feeling safe and secure'], note: 'Synthetic.' },
    localPriorities: { heading: 'Local Priorities', sources: [{ title: 'Synthetic strategy', groups: [{ items: ['Synthetic priority'] }] }] },
  };
}

function indicator(random: () => number, n: number, places: readonly string[], orgs: readonly string[], outcomes: readonly Outcome[]): Indicator {
  const topic = pick(random, TOPICS);
  const group = pick(random, GROUPS);
  const place = random() < 0.6 ? ` in ${pick(random, places)}` : '';
  const partner = random() < 0.3 ? ` with ${pick(random, orgs)}` : '';
  const text = `${pick(random, OPENERS)} ${pick(random, ACTIONS)} ${topic} for ${group}${place}${partner} ${pick(random, TAILS)}`
    .replace(/ \./, '.');
  const theme = pick(random, THEMES);
  const themes = random() < 0.2 ? [...new Set([theme.id, pick(random, THEMES).id])] : [theme.id];
  const themeOutcomes = outcomes.filter((o) => themes.some((t) => o.themes.includes(t)));
  const measureType = pick(random, MEASURE_TYPES);
  const unit = UNITS[measureType];
  const points = shuffled(random, ANSWER_POINTS).slice(0, 2 + Math.floor(random() * 3));
  return {
    id: `synthetic-${n + 1}`,
    text,
    themes,
    marmotPriorities: theme.id === 'planet' || theme.id === 'innovation' ? [] : MARMOT.slice(0, 1 + Math.floor(random() * 3)).map((m) => m.id),
    outcomes: [...new Set([pick(random, themeOutcomes).id, pick(random, themeOutcomes).id])],
    measureType,
    unit,
    keywords: [pick(random, TOPICS), pick(random, GROUPS), pick(random, places)],
    wording: {
      planning: { outcome: `The Provider will ${pick(random, ACTIONS)} ${topic} for ${group} through {contractName} over {contractTerm}.` },
      procurement: {
        question: `Describe how you will ${pick(random, ACTIONS)} ${topic} for ${group} in {locality}. (Maximum {responseLimit} words.)`,
        strongAnswer: points,
        scoring: { ...SYNTHETIC_SCORING },
        responseLimitWords: 250 + 50 * Math.floor(random() * 10),
      },
      contractManagement: {
        measure: `${capitalise(topic)} for ${group}: ${unit}`,
        unit,
        target: '{target} each year',
        frequency: pick(random, REPORTING_FREQUENCIES),
        evidence: pick(random, EVIDENCE),
      },
    },
  };
}

/** A valid framework of `size` synthetic indicators (ids `synthetic-1` ...). */
export function syntheticFramework(size: number, seed = 1): Framework {
  const random = seededRandom(seed);
  // About one new place or organisation name per 10 indicators, as a growing framework adds them.
  const places = Array.from({ length: Math.max(20, Math.ceil(size / 10)) }, () => name(random));
  const orgs = Array.from({ length: Math.max(10, Math.ceil(size / 20)) }, () => `${name(random)} ${pick(random, ORG_KINDS)}`);
  const outcomes = outcomesFor();
  return {
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    id: `synthetic-${size}`,
    name: `Synthetic framework (${size} indicators)`,
    publisher: 'Benchmark generator',
    themes: THEMES.map((theme) => themeRecord(theme, outcomes)),
    marmotPriorities: MARMOT,
    outcomes,
    indicators: Array.from({ length: size }, (_, n) => indicator(random, n, places, orgs, outcomes)),
    guidance: {
      introduction: ['A synthetic framework for benchmarks and tests.'],
      commissioningCycle: [],
      paragraphs: [],
      carbonKeyMeasures: [],
      references: [],
      notes: [],
    },
  };
}
