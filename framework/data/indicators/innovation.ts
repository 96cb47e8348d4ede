/**
 * Social Innovation theme indicators (ids 68-71), in the framework's order.
 * `text` is the framework's wording verbatim (the Tartan rug address kept as
 * printed); everything else is added to help officers use it.
 * Social Innovation rows list no Marmot priorities, hence the empty arrays.
 */
import type { Indicator } from '../../schema';

export const innovationIndicators: Indicator[] = [
  {
    id: 'arts-culture-care-facilities',
    text: 'Arts and Culture initiatives in care facilities to improve the user experience of the care environment.',
    themes: ['social-innovation'],
    marmotPriorities: [],
    outcomes: ['service-user-quality-of-life', 'non-clinical-treatment'],
    measureType: 'number',
    unit: 'arts and culture sessions',
    keywords: [
      'creative activities',
      'creative health',
      'music',
      'singing',
      'art therapy',
      'dance',
      'reminiscence',
      'museums',
      'heritage',
      'care homes',
      'hospital arts',
      'dementia',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will bring arts and cultural activity into the care facilities used for {contractName}, such as music, visual art, performance, reminiscence and improvements to the look and feel of the care environment, working with local artists and cultural organisations in {locality}, and will report participation and the difference it makes to people throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the arts and culture initiatives you will provide in care facilities under {contractName} to improve people’s experience of the care environment. Include what you will offer, how residents, patients, families and staff will shape it, which local artists or cultural organisations you will work with, how often it will happen and how you will measure its effect. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A programme with named activities, frequency and settings (for example weekly music or singing sessions, artist residencies, exhibitions, artwork and signage that make the setting more welcoming and easier to find your way around).',
          'Activities shaped with the people who use the facility and their families, and adapted for people living with dementia, sensory loss or limited mobility.',
          'Partnerships with local artists, arts organisations, libraries or museums, with safeguarding and DBS checks in place.',
          'Measures of effect: participation numbers and feedback, or a recognised wellbeing measure such as the Short Warwick-Edinburgh Mental Wellbeing Scale.',
          'How the programme will continue, rather than relying on one-off events.',
        ],
        scoring: {
          0: 'No answer, or activity with no link to the care environment.',
          1: 'Occasional entertainment with no link to the care environment.',
          2: 'Activities named, with no frequency, settings or partners.',
          3: 'A sound programme with frequency and partners, but not shaped with residents and families, or without measurement.',
          4: 'A regular programme with named activities, frequency and settings, shaped with the people who use the facility and their families, adapted for dementia, sensory loss or limited mobility, with local partners who have safeguarding and DBS checks in place.',
          5: 'Everything in a 4, plus participation and a recognised wellbeing measure recorded, and a plan for the programme to continue rather than rely on one-off events.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of arts and culture sessions or installations delivered in care facilities under the contract, with the number of participants and the proportion reporting a better experience of the care environment',
        unit: 'sessions (with participants)',
        target: '{target} arts and culture sessions delivered in care facilities each contract year',
        frequency: 'quarterly',
        evidence:
          'Programme schedule and attendance records; participant, family and staff feedback; confirmation from partner organisations; photographs taken with consent',
      },
    },
  },
  {
    id: 'social-prescribing',
    text: 'Investment in social prescribing schemes as a treatment.',
    themes: ['social-innovation'],
    marmotPriorities: [],
    outcomes: ['non-clinical-treatment', 'service-user-quality-of-life'],
    measureType: 'gbp',
    unit: '£ invested',
    keywords: [
      'link workers',
      'community referral',
      'non-medical referral',
      'green prescribing',
      'nature on prescription',
      'arts on prescription',
      'primary care network',
      'PCN',
      'community activities',
      'loneliness',
      'wellbeing',
      'personalised care',
    ],
    notes: [
      'Since the framework was written, NHS England has funded social prescribing link workers in primary care networks through the Additional Roles Reimbursement Scheme (from 2019). Ask how any investment adds to that provision rather than replacing it.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will invest in social prescribing in {locality}, funding link worker capacity or the community activities people are referred to, so that people are supported with non-clinical needs such as loneliness, debt, housing or inactivity, and will report the amount invested and the people supported throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How much will you invest in social prescribing schemes in {locality} during {contractName}, and in what? Explain how the investment complements existing link worker provision, how referrals will work, which community groups or activities will benefit, and how you will measure the difference it makes to people. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A stated £ investment for each contract year and what it buys (for example link worker hours, grants to the community groups that receive referrals, transport to activities).',
          'Agreement with local primary care networks or the existing social prescribing service, so the investment adds to NHS-funded link workers and does not duplicate them.',
          'A clear referral pathway, and support for the voluntary and community groups that take referrals.',
          'Outcome measures such as wellbeing scores before and after support, or the number of people reporting less loneliness.',
          'Plans to sustain the benefit after the contract ends.',
        ],
        scoring: {
          0: 'No answer, or investment that replaces NHS-funded link workers.',
          1: 'A general commitment to social prescribing, with no £ figure.',
          2: 'A £ figure alone, with no delivery route or measures.',
          3: 'A committed yearly £ figure and referral route, but weak measurement or no agreement with local primary care networks.',
          4: 'A committed yearly £ figure and what it buys, agreement with local primary care networks or the existing service so that it adds to NHS provision, and a working referral route with funded community partners.',
          5: 'Everything in a 4, plus outcome measures such as before-and-after wellbeing scores, and a plan to sustain the benefit after the contract ends.',
        },
        scoringGuidance:
          'A £ figure with no delivery route or outcome measures scores no more than 2.',
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Money invested by the Provider in social prescribing schemes in {locality} (cash, and in-kind support at agreed cost rates), with the number of people referred and supported',
        unit: '£ (with people supported)',
        target: '£{target} invested in social prescribing each contract year',
        frequency: 'six-monthly',
        evidence:
          'Invoices, grant agreements or payment records; scheme activity report showing referrals, people supported and outcomes; confirmation from the scheme lead',
      },
    },
  },
  {
    id: 'innovative-healthcare-approaches',
    text: 'Number of innovative approaches to healthcare delivery that your organisation is participating in, including pilots and test beds.',
    themes: ['social-innovation'],
    marmotPriorities: [],
    outcomes: ['test-beds-pilots', 'service-user-quality-of-life'],
    measureType: 'number',
    unit: 'innovative approaches, pilots or test beds',
    keywords: [
      'innovation',
      'trial',
      'testbed',
      'proof of concept',
      'research',
      'evaluation',
      'new models of care',
      'digital innovation',
      'health technology',
      'NIHR',
      'Health Innovation Network',
      'quality improvement',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will take part in innovative approaches to healthcare delivery, including pilots and test beds with local health and care partners, and will share learning and evaluation results with the council and partners in {locality} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Which innovative approaches to healthcare delivery, pilots or test beds will your organisation take part in during {contractName}? For each, describe the problem it addresses, the partners involved, your role, how it will be evaluated, and how successful results will be shared and adopted. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Named pilots or test beds, current or planned, relevant to the people the contract serves, with the Provider’s role in each.',
          'Partners such as NHS organisations, universities, the regional Health Innovation Network or technology companies.',
          'An evaluation plan with measures agreed at the outset, and research ethics or information governance approval where needed.',
          'Safeguards so that service users are informed, can opt out and are not put at risk.',
          'A commitment to share results, including what did not work, and to scale up what does.',
        ],
        scoring: {
          0: 'No answer, or pilots that would put service users at risk.',
          1: 'A general statement of openness to innovation.',
          2: 'Pilots or test beds named, with no role, partners or relevance to the contract.',
          3: 'Relevant pilots with clear roles and partners, but limited evaluation.',
          4: 'Named pilots relevant to the people the contract serves, the Provider’s role in each, partners such as the regional Health Innovation Network, and an evaluation plan with measures agreed at the outset.',
          5: 'Everything in a 4, plus safeguards so that service users are informed and can opt out, and a commitment to share results, including what did not work, and adopt what does.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of innovative approaches to healthcare delivery, pilots or test beds relevant to the contract that the Provider actively took part in during the year, with their status and evaluation findings',
        unit: 'innovative approaches (pilots or test beds)',
        target:
          '{target} innovative approaches, pilots or test beds taken part in each contract year, each with an evaluation summary shared with the council',
        frequency: 'annually',
        evidence:
          'Project register with partners, dates and the Provider’s role; project agreements or letters from lead partners; evaluation reports or interim findings',
      },
    },
  },
  {
    id: 'tartan-rug-innovation',
    text: 'Evidence of positive commitment to innovative solutions which impact on the red areas of the Cheshire East Tartan rug: https://www.cheshireeast.gov.uk/council_and_democracy/council_information/jsna/jsna.aspx',
    themes: ['social-innovation'],
    marmotPriorities: [],
    outcomes: ['test-beds-pilots', 'service-user-quality-of-life'],
    measureType: 'narrative',
    unit: 'narrative with agreed milestones',
    keywords: [
      'Joint Strategic Needs Assessment',
      'health inequalities',
      'health outcomes',
      'deprivation',
      'wards',
      'care communities',
      'public health',
      'worse than average',
      'RAG rating',
      'population health',
      'local needs',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will develop and test innovative solutions that improve the outcomes shown in red on the Cheshire East Tartan rug (Joint Strategic Needs Assessment), where local outcomes are worse than average, focusing on the communities in {locality} most affected, and will report progress throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Which red areas of the Cheshire East Tartan rug (Joint Strategic Needs Assessment) will your innovative solutions address through {contractName}? Describe the solution, why you expect it to work, the communities it will reach, the partners involved, and how you will measure its impact on the chosen indicators. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Named Tartan rug indicators shown in red, and the wards or communities concerned, with a clear link to the contract.',
          'A solution that is genuinely new for the area, with evidence or reasoning for why it should work.',
          'Partners and local people involved in its design and delivery.',
          'Measures of progress: short-term milestones and outputs, and the indicator(s) it aims to move, with a realistic timescale.',
          'A plan to share results with the council and its partners.',
        ],
        scoring: {
          0: 'No answer, or no link to the red areas of the Tartan rug.',
          1: 'A solution with no stated link to any red area.',
          2: 'A relevant solution only loosely linked to the Tartan rug, with no places or milestones.',
          3: 'A solution linked to named red-rated indicators, but places, partners or milestones vague.',
          4: 'Named red-rated indicators and the wards or communities concerned, a solution that is new for the area with reasoning for why it should work, and local people and partners involved in its design.',
          5: 'Everything in a 4, plus measurable short-term milestones, a realistic timescale for the indicators it aims to move, and a plan to share results with the council.',
        },
        scoringGuidance:
          'Population indicators move slowly: score the credibility of the plan and its milestones, not promised changes to the indicators themselves.',
        responseLimitWords: 750,
      },
      contractManagement: {
        measure:
          'Delivery of the agreed innovative solution(s) addressing red areas of the Tartan rug: milestones achieved, people reached in the target wards or groups, and progress on the agreed measures',
        unit: 'milestones achieved (with a narrative report)',
        target:
          '{target} agreed milestones achieved each contract year, with a progress report on the chosen Tartan rug indicators',
        frequency: 'six-monthly',
        evidence:
          'Progress report against the agreed delivery plan; activity data by ward or group; partner feedback; any evaluation findings',
      },
    },
  },
];
