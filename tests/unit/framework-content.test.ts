/**
 * The shipped framework against its source, the seed text: everything in the
 * seed is in the data, word for word, and nothing in the data that claims to
 * be the seed's wording is not in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  NO_LOCAL_PRIORITIES_NOTE,
  NO_LOCAL_VOICES_NOTE,
  PLACEHOLDERS,
  SCORES,
  STAGES,
  defaultFramework as framework,
  parseFramework,
  unknownPlaceholders,
} from '../../framework';
import { cheshireEastFramework } from '../../framework/data/cheshire-east';

// ---------------------------------------------------------------------------
// The seed, normalised

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED_NAME = 'cheshire-east-social-value-framework.txt';
// A copy of the seed is kept with the tests so they run on any clone; the
// team's shared copy beside the repository is preferred where it exists.
const seedPath = [join(root, '..', 'shared', 'seed', SEED_NAME), join(root, 'tests', 'fixtures', 'seed', SEED_NAME)].find(
  (path) => existsSync(path),
);
if (seedPath === undefined) throw new Error(`Cannot find the seed ${SEED_NAME} in tests/fixtures/seed or ../shared/seed`);
const seedText = readFileSync(seedPath, 'utf8');

/** Markup and layout of the seed's text export that are not wording. */
const normalise = (text: string): string =>
  text
    .replace(/<\/?p>|<ul[^>]*>|<\/ul>/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const TABLE_HEADER = /^Social Value Theme\tMarmot Priorities\tOutcomes\t/;
const FOOTNOTE = /^[¹²³] /;

/**
 * The seed as continuous streams of text. The table is printed row by row
 * with its columns separated by tabs and repeated headers at page breaks, so
 * a cell broken across a page continues in the same column of the next
 * page's first row: reading each column top to bottom joins it again. The
 * prose before the table is one stream with its footnote taken out, which
 * joins the paragraph the footnote interrupts.
 */
function seedStreams(raw: string): { prose: string; footnotes: string; columns: string[] } {
  const lines = raw.split(/\r?\n/);
  const tableStart = lines.findIndex((line) => TABLE_HEADER.test(line));
  const prose: string[] = [];
  const footnotes: string[] = [];
  const columns: string[][] = [[], [], [], []];
  lines.forEach((line, index) => {
    if (line.trim() === '' || TABLE_HEADER.test(line)) return;
    if (FOOTNOTE.test(line)) footnotes.push(line);
    else if (index < tableStart) prose.push(line);
    else line.split('\t').forEach((cell, column) => columns[column]?.push(cell));
  });
  return {
    prose: normalise(prose.join(' ')),
    footnotes: normalise(footnotes.join(' ')),
    columns: columns.map((cells) => normalise(cells.join(' '))),
  };
}

const streams = seedStreams(seedText);
const seedCorpus = [streams.prose, streams.footnotes, ...streams.columns];
const inSeed = (text: string) => seedCorpus.some((stream) => stream.includes(normalise(text)));
const notInSeed = (texts: string[]) => texts.filter((text) => !inSeed(text));

// ---------------------------------------------------------------------------
// What the data claims is the seed's wording

const themeById = (id: string) => {
  const theme = framework.themes.find((item) => item.id === id);
  if (!theme) throw new Error(`no theme ${id}`);
  return theme;
};

function verbatimThemeStrings(): string[] {
  return framework.themes.flatMap((theme) => {
    const { localVoices: voices, localPriorities: priorities } = theme;
    return [
      theme.name,
      theme.title,
      ...theme.marmotPriorities.map((priority) => priority.text),
      voices.heading,
      ...voices.quotes,
      ...(voices.note === NO_LOCAL_VOICES_NOTE ? [] : [voices.note]),
      ...(voices.url === undefined ? [] : [voices.url]),
      priorities.heading,
      ...(priorities.introduction === undefined || priorities.introduction === NO_LOCAL_PRIORITIES_NOTE
        ? []
        : [priorities.introduction]),
      ...priorities.sources.flatMap((source) => [
        source.title,
        ...(source.url === undefined ? [] : [source.url]),
        ...(source.description === undefined ? [] : [source.description]),
        ...source.groups.flatMap((group) => [...(group.heading === undefined ? [] : [group.heading]), ...group.items]),
      ]),
    ];
  });
}

function verbatimGuidanceStrings(): string[] {
  const { guidance } = framework;
  return [
    framework.name,
    ...guidance.introduction,
    ...guidance.commissioningCycle.flatMap((stage) => [
      `${stage.name} (${stage.alias}):`,
      stage.description,
      ...(stage.examples ?? []),
    ]),
    ...guidance.paragraphs.map((paragraph) => paragraph.text),
    ...guidance.carbonKeyMeasures,
    // The three footnoted references appear with their addresses; the others as addresses in the text.
    ...guidance.references.map((reference) =>
      ['marmot-review', 'social-value-calculator', 'national-toms'].includes(reference.id)
        ? `${reference.title} <${reference.url}>`
        : reference.url,
    ),
  ];
}

const verbatimIndicatorStrings = () =>
  framework.indicators.flatMap((indicator) => [indicator.text, ...(indicator.subMeasures ?? [])]);

// ---------------------------------------------------------------------------

const INDICATOR_IDS = [
  // Social
  'independent-living',
  'homelessness-initiatives',
  'alcohol-abuse-initiatives',
  'drug-misuse-programmes',
  'smoking-initiatives',
  'healthy-eating-obesity',
  'mental-health-promotion',
  'mental-health-access',
  'carers-peer-support',
  'volunteering-health-talks',
  'crime-prevention-participation',
  'ace-trauma-informed',
  'volunteering-health-awareness',
  'volunteering-wider-determinants',
  'jobs-protected-characteristics',
  // Social and Economic
  'local-people-employed',
  'local-people-employed-percent',
  'long-term-unemployed',
  'young-offenders',
  'real-living-wage',
  'diversity-training',
  'women-returners',
  'flexible-working-travel-time',
  'equal-distribution-of-care',
  'training-weeks',
  'apprenticeship-weeks',
  'work-placements',
  'paid-internships',
  // Economic
  'jobs-for-disabled-people',
  'staff-wellbeing',
  'mental-health-first-aid',
  'time-to-change-pledge',
  'vcse-spend',
  'business-advice-vcse-sme',
  'donations-to-vcse',
  'local-supply-chain-spend',
  'local-producers',
  'reserved-contracts-number',
  'sheltered-workshops-minimum-wage',
  'reserved-contracts-spend',
  'dementia-friendly',
  'pro-bono-room-usage',
  'ethical-procurement-contracts',
  'ethical-procurement-spend',
  'modern-slavery-statement',
  'supply-chain-social-value-contracts',
  'supply-chain-social-value-spend',
  'service-user-involvement',
  'chamber-of-commerce',
  'sponsorship-arts-culture-sport',
  // Environmental
  'ghg-savings-non-transport',
  'energy-advice-fuel-poverty',
  'waste-reduction',
  'waste-donated-medical',
  'single-use-plastics',
  'ghg-savings-transport',
  'nox-savings',
  'pm25-savings',
  'car-miles-saved',
  'low-emission-vehicles',
  'flexible-working-reduce-travel',
  'local-digital-care',
  'green-infrastructure-volunteering',
  'local-green-space',
  'sustainable-procurement-contracts',
  'sustainable-procurement-spend',
  'ethical-procurement-plastics',
  // Social Innovation
  'arts-culture-care-facilities',
  'social-prescribing',
  'innovative-healthcare-approaches',
  'tartan-rug-innovation',
];

describe('the shipped framework is valid', () => {
  it('passes every check an imported framework must pass', () => {
    const result = parseFramework(cheshireEastFramework);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has every indicator id of the published list, in the seed’s order, each once', () => {
    // Ids are part of saved favourites and custom wording: renaming one breaks users' data.
    expect(framework.indicators.map((indicator) => indicator.id)).toEqual(INDICATOR_IDS);
  });

  it('has unique ids for themes, outcomes and Marmot priorities', () => {
    for (const list of [framework.themes, framework.outcomes, framework.marmotPriorities]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(framework.themes.map((theme) => theme.id)).toEqual(['social', 'economic', 'environmental', 'social-innovation']);
  });
});

describe('counts per theme match the seed', () => {
  const perTheme = <T>(count: (themeId: string) => T) =>
    Object.fromEntries(framework.themes.map((theme) => [theme.name, count(theme.id)]));

  it('indicators: Social 28, Economic 35 (13 shared with Social), Environmental 17, Social Innovation 4', () => {
    expect(perTheme((id) => framework.indicators.filter((indicator) => indicator.themes.includes(id)).length)).toEqual({
      Social: 28,
      Economic: 35,
      Environmental: 17,
      'Social Innovation': 4,
    });
    const shared = framework.indicators.filter((indicator) => indicator.themes.length > 1);
    expect(shared.map((indicator) => indicator.themes)).toEqual(Array(13).fill(['social', 'economic']));
    expect(framework.indicators).toHaveLength(71);
  });

  it('outcomes: 14, 13, 6 and 3, listed the same way on both sides', () => {
    expect(perTheme((id) => themeById(id).outcomes.length)).toEqual({ Social: 14, Economic: 13, Environmental: 6, 'Social Innovation': 3 });
    expect(perTheme((id) => framework.outcomes.filter((outcome) => outcome.themes.includes(id)).length)).toEqual(
      perTheme((id) => themeById(id).outcomes.length),
    );
    expect(framework.outcomes).toHaveLength(30);
  });

  it('Marmot priorities: 5, 3, none and none', () => {
    expect(perTheme((id) => themeById(id).marmotPriorities.map((priority) => priority.id))).toEqual({
      Social: ['fair-employment', 'best-start', 'healthy-standard-of-living', 'prevention-of-ill-health', 'maximise-potential'],
      Economic: ['healthy-standard-of-living', 'fair-employment', 'prevention-of-ill-health'],
      Environmental: [],
      'Social Innovation': [],
    });
    expect(framework.marmotPriorities).toHaveLength(5);
  });

  it('what local people say: 9, 2 and 4 quotes, and none for Social Innovation, said plainly', () => {
    expect(perTheme((id) => themeById(id).localVoices.quotes.length)).toEqual({
      Social: 9,
      Economic: 2,
      Environmental: 4,
      'Social Innovation': 0,
    });
    expect(themeById('social-innovation').localVoices.note).toBe(NO_LOCAL_VOICES_NOTE);
    expect(themeById('social-innovation').localPriorities).toEqual({
      heading: 'Local Priorities',
      introduction: NO_LOCAL_PRIORITIES_NOTE,
      sources: [],
    });
  });

  it('local priorities: the sources of each theme, with its own partnership priorities', () => {
    expect(perTheme((id) => themeById(id).localPriorities.heading)).toEqual({
      Social: 'Local Priorities',
      Economic: 'Local Priorities:',
      Environmental: 'Local Priorities',
      'Social Innovation': 'Local Priorities',
    });
    expect(
      perTheme((id) =>
        themeById(id).localPriorities.sources.map((source) => `${source.title}: ${source.groups.map((group) => group.items.length).join('+')}`),
      ),
    ).toEqual({
      Social: [
        'Cheshire East Sustainable Community Strategy ‘Ambition for All’: 7',
        'Cheshire East Partnership 5 year plan: 4+6',
        'NHS Cheshire CCG Commissioning Intentions: ',
      ],
      Economic: [
        'Cheshire East Sustainable Community Strategy ‘Ambition for All’: 7',
        'Cheshire East Partnership 5 year plan: 4+6',
        'NHS Cheshire CCG Commissioning Intentions: ',
      ],
      Environmental: [
        "Cheshire East Sustainable Community Strategy 'Ambition for All': 7",
        'Cheshire East Partnership 5 year plan: 4+3',
        'Environment Strategy: 4',
        'NHS Cheshire CCG Commissioning Intentions: ',
      ],
      'Social Innovation': [],
    });
  });

  it('the protected-characteristics indicator keeps its seven measures, without bullets', () => {
    const indicator = framework.indicators.find((item) => item.id === 'jobs-protected-characteristics');
    expect(indicator?.subMeasures).toEqual([
      '% of people employed are carers',
      '% of people employed are care leavers',
      '% of people employed who are disabled',
      '% of people employed over 50',
      '% of people employed from a BME group',
      '% of people employed women returners',
      'Single parents, ex armed forces etc.',
    ]);
  });
});

describe('the seed’s wording is kept verbatim', () => {
  it('joins text the seed breaks across pages (checking the normalisation itself)', () => {
    expect(streams.columns[2]).toContain('Awareness of Adverse Childhood Experiences (ACE) and other vulnerabilities is promoted.');
    expect(streams.columns[2]).toContain('Engagement in test beds or pilots is encouraged.');
    expect(streams.columns[3]).toContain('generally less than 2.5 micrometres emitted directly into the atmosphere) on the contract.');
    expect(streams.prose).toContain('The key measures to support our ambition to become carbon neutral by 2025 includes');
    expect(inSeed('Something the framework never says.')).toBe(false);
  });

  it('every indicator and sub-measure', () => {
    expect(notInSeed(verbatimIndicatorStrings())).toEqual([]);
  });

  it('every outcome and Marmot priority', () => {
    expect(notInSeed([...framework.outcomes.map((outcome) => outcome.text), ...framework.marmotPriorities.map((priority) => priority.name)])).toEqual([]);
  });

  it('every theme title, local voice, note, local priority and link', () => {
    expect(notInSeed(verbatimThemeStrings())).toEqual([]);
  });

  it('every piece of guidance, commissioning stage, example and reference', () => {
    expect(notInSeed(verbatimGuidanceStrings())).toEqual([]);
  });

  it('leaves nothing of the seed out', () => {
    // Take every verbatim string out of the seed, longest first; only
    // punctuation, list markers and footnote markers may remain.
    const all = [
      ...verbatimIndicatorStrings(),
      ...framework.outcomes.map((outcome) => outcome.text),
      ...verbatimThemeStrings(),
      ...verbatimGuidanceStrings(),
      ...framework.guidance.references.flatMap((reference) => [reference.title, reference.url]),
    ]
      .map(normalise)
      .sort((a, b) => b.length - a.length);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const leftovers = seedCorpus.map((stream) =>
      all
        .reduce(
          // Where the seed prints a shared indicator twice, one copy may lack the final full stop.
          (rest, text) => rest.replace(new RegExp(`${escape(text.replace(/\.$/, ''))}\\.?`, 'g'), ' '),
          stream,
        )
        .replace(/[\s\p{P}\p{S}¹²³]+/gu, ' ')
        .trim(),
    );
    expect(leftovers).toEqual(seedCorpus.map(() => ''));
  });
});

describe('wording for every stage of commissioning', () => {
  it('every indicator has all three stages, complete', () => {
    for (const indicator of framework.indicators) {
      expect(Object.keys(indicator.wording).sort(), indicator.id).toEqual([...STAGES].sort());
      const { planning, procurement, contractManagement: kpi } = indicator.wording;
      expect(planning.outcome.length, indicator.id).toBeGreaterThan(40);
      expect(procurement.question.length, indicator.id).toBeGreaterThan(40);
      expect(procurement.strongAnswer.length, indicator.id).toBeGreaterThanOrEqual(2);
      for (const score of SCORES) expect(procurement.scoring[score].length, `${indicator.id} ${score}`).toBeGreaterThan(20);
      expect(procurement.responseLimitWords, indicator.id).toBeGreaterThanOrEqual(50);
      for (const field of [kpi.measure, kpi.unit, kpi.evidence]) expect(field.trim(), indicator.id).not.toBe('');
    }
  });

  it('uses only known placeholders, and every KPI target has {target}', () => {
    const problems = framework.indicators.flatMap((indicator) => {
      const texts = JSON.stringify(indicator.wording).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
      const unknown = texts.flatMap((text) => unknownPlaceholders(text)).map((name) => `${indicator.id}: {${name}}`);
      const target = indicator.wording.contractManagement.target.includes('{target}') ? [] : [`${indicator.id}: KPI target without {target}`];
      return [...unknown, ...target];
    });
    expect(problems).toEqual([]);
    expect(PLACEHOLDERS).toContain('target');
  });

  it('is written for each indicator, not one template filled in seventy-one times', () => {
    const distinct = (pick: (indicator: (typeof framework.indicators)[number]) => string) =>
      new Set(framework.indicators.map(pick)).size;
    expect(distinct((indicator) => indicator.wording.planning.outcome)).toBe(71);
    expect(distinct((indicator) => indicator.wording.procurement.question)).toBe(71);
    expect(distinct((indicator) => indicator.wording.contractManagement.measure)).toBe(71);
  });
});

describe('guidance and notes beside the seed', () => {
  it('splits out the carbon ambition’s key measures, and keeps the commissioning cycle’s three stages', () => {
    expect(framework.guidance.carbonKeyMeasures).toEqual([
      'diesel / petrol fuel use',
      'heating, lighting and power of buildings',
      'office waste',
      'business mileage',
    ]);
    expect(framework.guidance.commissioningCycle.map((stage) => `${stage.name} (${stage.alias})`)).toEqual([
      'Strategic Commissioning (Planning)',
      'Procurement (Purchasing)',
      'Contract Management (Monitoring)',
    ]);
    expect(framework.guidance.commissioningCycle[0]?.examples).toHaveLength(4);
  });

  it('notes where the law has moved on, without replacing the seed’s wording', () => {
    const notes = framework.guidance.notes.map((note) => note.text).join('\n');
    for (const fact of ['24 February 2025', 'section 32', 'supported employment providers', 'section 52', 'section 71', 'Approaching target', '10%', 'PPN 06/20', 'PPN 002'])
      expect(notes).toContain(fact);
    // The seed's own reference to the 2015 Regulations is still there.
    expect(framework.indicators.find((indicator) => indicator.id === 'reserved-contracts-number')?.text).toContain(
      'Public Contracts Regulations 2015',
    );
  });

  it('links to the National TOMs but ships none of their measures', () => {
    expect(framework.guidance.references.find((reference) => reference.id === 'national-toms')?.url).toBe(
      'https://socialvalueportal.com/national-toms/',
    );
    expect(framework.guidance.notes.map((note) => note.id)).toContain('national-toms-licence');
    // TOMs measures are referenced by codes such as NT1 or RE12.
    expect(JSON.stringify(framework).match(/\b(?:NT|RE|HE|SE|EN)\d{1,3}[a-z]?\b/g)).toBeNull();
  });
});
