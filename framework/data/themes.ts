/**
 * The framework's four themes, verbatim from the seed: titles, the Marmot
 * priorities as each theme row words them, outcome ids in the seed's order,
 * what local people say, and the local priorities box.
 *
 * The seed repeats some boxes across themes with small differences (a colon
 * after "Local Priorities", straight or curly quotes around 'Ambition for
 * All', theme-specific partnership priorities); each theme keeps its own.
 */
import type { Theme } from '../schema';

/** Shown where the seed gives a theme no local voices (Social Innovation). */
export const NO_LOCAL_VOICES_NOTE =
  'The Cheshire East Social Value Framework gives no local voices for this theme.';

/** Shown where the seed gives a theme no local priorities (Social Innovation). */
export const NO_LOCAL_PRIORITIES_NOTE =
  'The Cheshire East Social Value Framework lists no local priorities for this theme.';

const VOICES_HEADING = 'What local people say is important to them:';

const RECIPE_URL = 'https://www.cheshireandmerseysidepartnership.co.uk/our-work/social-value';

const RECIPE_NOTE =
  'This insight has been identified via the ‘recipe for a good life’ engagement activities with local people. ' +
  `The full report is available on the Cheshire and Merseyside Health and Care Partnership website: ${RECIPE_URL}`;

const CHALLENGE_INTRODUCTION =
  'See the Cheshire East Social Value 2020 Challenge for practical examples of Social Value activities and priorities that have been identified through local engagement.';

const AMBITION_FOR_ALL_URL =
  'https://www.cheshireeast.gov.uk/council_and_democracy/connected-communities/sustainable_community_strategy.aspx';

const AMBITION_FOR_ALL_ITEMS = [
  'Nurture strong communities',
  'Create conditions for business growth',
  'Unlock the potential of our towns',
  'Support our children and young people',
  'Ensure a sustainable future',
  'Prepare for an increasingly older population',
  'Drive out the causes of poor health',
];

const PARTNERSHIP_TITLE = 'Cheshire East Partnership 5 year plan';

const PARTNERSHIP_URL =
  'https://www.cheshireeast.gov.uk/livewell/care-and-support-for-adults/working-in-partnership/cheshire-east-partnership.aspx';

const PARTNERSHIP_OUTCOMES = {
  heading: 'High level outcomes:',
  items: [
    'Create a place that supports health and wellbeing for everyone living in Cheshire East',
    'Improve the mental health and wellbeing of people living and working in Cheshire East',
    'Enable more people to Live Well for Longer in Cheshire East',
    'Ensure that children and young people are happy and experience good physical and mental health and wellbeing',
  ],
};

const CCG_SOURCE = {
  title: 'NHS Cheshire CCG Commissioning Intentions',
  url: 'https://www.cheshireccg.nhs.uk/media/1782/cheshire-commissioning-and-contracting-intentions-2020-21.pdf',
  groups: [],
};

/** The Social and Economic rows quote the strategy's name in curly quotes. */
const ambitionForAll = (title: string) => ({
  title,
  url: AMBITION_FOR_ALL_URL,
  groups: [{ items: [...AMBITION_FOR_ALL_ITEMS] }],
});

const partnershipPlan = (priorities: string[]) => ({
  title: PARTNERSHIP_TITLE,
  url: PARTNERSHIP_URL,
  groups: [
    { heading: PARTNERSHIP_OUTCOMES.heading, items: [...PARTNERSHIP_OUTCOMES.items] },
    { heading: 'Priorities:', items: priorities },
  ],
});

const social: Theme = {
  id: 'social',
  name: 'Social',
  title: 'Creating Healthier, more Sustainable and more Resilient Places and Communities.',
  marmotPriorities: [
    { id: 'fair-employment', text: 'Fair employment and good work.' },
    { id: 'best-start', text: 'Best Start in Life.' },
    { id: 'healthy-standard-of-living', text: 'Ensure a Healthy Standard of Living for all.' },
    { id: 'prevention-of-ill-health', text: 'Prevention of Ill Health.' },
    { id: 'maximise-potential', text: 'All People can Maximise their potential and or capabilities.' },
  ],
  outcomes: [
    'control-over-lives',
    'ill-health-prevention',
    'mental-health-promoted',
    'carers-quality-of-life',
    'health-literacy',
    'best-start-in-life',
    'ace-awareness',
    'community-asset-building',
    'healthy-standard-of-living',
    'jobs-long-term-conditions',
    'local-employment',
    'jobs-disadvantaged-people',
    'equal-opportunities',
    'maximise-capabilities',
  ],
  localVoices: {
    heading: VOICES_HEADING,
    quotes: [
      '“Everyone has the resources and support to take care of their family”',
      '“Children and young people have a good start in life”',
      '“All people can enjoy simple pleasures in life”',
      '“Feeling safe and secure in one’s own surroundings”',
      '“Feeling close to other people; having someone to talk with”',
      '“Help to change one’s lifestyle for the better; feeling supported to make simple changes”',
      '“Everyone can visit places in their community that help them feel good”',
      '“Having someone to reach out to for support”',
      '“People are supported to learn practical skills to cope with the ups and downs of life”',
    ],
    note: RECIPE_NOTE,
    url: RECIPE_URL,
  },
  localPriorities: {
    heading: 'Local Priorities',
    introduction: CHALLENGE_INTRODUCTION,
    sources: [
      ambitionForAll('Cheshire East Sustainable Community Strategy ‘Ambition for All’'),
      partnershipPlan([
        'Mental health and wellbeing',
        'Alcohol and substance misuse',
        'High blood pressure',
        'The impact of smoking',
        'Obesity',
        'Looked After Children and Care Leavers',
      ]),
      CCG_SOURCE,
    ],
  },
};

const economic: Theme = {
  id: 'economic',
  name: 'Economic',
  title: 'Growth - Supporting Inclusive, Diverse and Responsible Business',
  marmotPriorities: [
    { id: 'healthy-standard-of-living', text: 'Ensure a Healthy standard of living.' },
    { id: 'fair-employment', text: 'Fair Employment and Good work.' },
    { id: 'prevention-of-ill-health', text: 'Prevention of Ill Health.' },
  ],
  outcomes: [
    'healthy-standard-of-living',
    'jobs-long-term-conditions',
    'local-employment',
    'jobs-disadvantaged-people',
    'equal-opportunities',
    'maximise-capabilities',
    'employee-wellbeing',
    'vcse-partnerships',
    'friendly-business-environment',
    'existing-resources',
    'ethical-procurement',
    'supply-chain-social-value',
    'service-users-engaged',
  ],
  localVoices: {
    heading: VOICES_HEADING,
    quotes: [
      '“Everyone has the resources and support to take care of their family”',
      '“People are supported to learn practical skills to cope with the ups and downs of life”',
    ],
    note: RECIPE_NOTE,
    url: RECIPE_URL,
  },
  localPriorities: {
    heading: 'Local Priorities:',
    introduction: CHALLENGE_INTRODUCTION,
    sources: [
      ambitionForAll('Cheshire East Sustainable Community Strategy ‘Ambition for All’'),
      partnershipPlan([
        'Enabling people to be well in work by directly supporting their mental wellbeing',
        "Removing complex barriers to employment and financial independence through our 'In To Work' support programmes",
        'Ensuring that the skills strategy opportunities extend to people who are currently not in work and face the greatest challenges',
        'Promoting employment and economic sustainability',
        'Building the capacity and sustainability of the voluntary and community sector',
        'Reducing Fuel Poverty',
      ]),
      CCG_SOURCE,
    ],
  },
};

const environmental: Theme = {
  id: 'environmental',
  name: 'Environmental',
  // The seed's first column gives this theme no longer title.
  title: 'Environmental',
  marmotPriorities: [],
  outcomes: [
    'environmental-impacts-reduced',
    'air-pollution-reduced',
    'sustainable-travel',
    'care-miles-reduced',
    'better-places-to-live',
    'sustainable-governance',
  ],
  localVoices: {
    heading: VOICES_HEADING,
    quotes: [
      '“All people can enjoy simple pleasures in life”',
      '“Feeling safe and secure in one’s own surroundings”',
      '“Help to change one’s lifestyle for the better; feeling supported to make simple changes”',
      '“Everyone can visit places in their community that help them feel good”',
    ],
    note: RECIPE_NOTE,
    url: RECIPE_URL,
  },
  localPriorities: {
    heading: 'Local Priorities',
    introduction: CHALLENGE_INTRODUCTION,
    sources: [
      // This row of the seed uses straight quotes.
      ambitionForAll("Cheshire East Sustainable Community Strategy 'Ambition for All'"),
      partnershipPlan(['Promoting environmental sustainability', 'Reducing Fuel Poverty', 'Air pollution']),
      {
        title: 'Environment Strategy',
        description:
          'Becoming carbon neutral by 2025 and reducing our carbon footprint, including our supply chain. There are four priority areas that the project is focused on',
        groups: [
          {
            items: [
              'Making buildings more efficient - such as heating, lighting and IT equipment',
              'The use of vehicles – such as pool cars, waste and street cleaning vehicles',
              'Business travel – such as public transport, cycling and teleconferencing',
              'Reducing the use of resource use – such as reducing waste, water and plastic use',
            ],
          },
        ],
      },
      CCG_SOURCE,
    ],
  },
};

const socialInnovation: Theme = {
  id: 'social-innovation',
  name: 'Social Innovation',
  title: 'Social Innovation',
  marmotPriorities: [],
  outcomes: ['service-user-quality-of-life', 'non-clinical-treatment', 'test-beds-pilots'],
  // The seed's Social Innovation row has no voices or priorities boxes: say
  // so plainly rather than borrow another theme's.
  localVoices: {
    heading: VOICES_HEADING,
    quotes: [],
    note: NO_LOCAL_VOICES_NOTE,
  },
  localPriorities: {
    heading: 'Local Priorities',
    introduction: NO_LOCAL_PRIORITIES_NOTE,
    sources: [],
  },
};

export const themes: Theme[] = [social, economic, environmental, socialInnovation];
