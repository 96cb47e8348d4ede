/**
 * Indicators of the Social theme (ids 1-28), in the seed's order. Records the
 * seed lists under both Social and Economic are single records carrying both
 * themes; their `text` is the Social copy. `text` and `subMeasures` are the
 * seed's wording verbatim; everything else (keywords, notes, stage wording)
 * is written beside it and never changes it.
 */
import type { Indicator } from '../../schema';
import { KPI_DUTY_NOTE, LOCAL_NON_DISCRIMINATION_NOTE, PROVIDER_SELECTION_REGIME_NOTE } from '../legal-notes';

export const socialIndicators: Indicator[] = [
  {
    id: 'independent-living',
    text: 'Initiatives to promote independent living, particularly for people with long-term conditions i.e. money advice, befriending schemes, practical healthy lifestyles advice, digital inclusion support.',
    themes: ['social'],
    marmotPriorities: ['healthy-standard-of-living', 'prevention-of-ill-health', 'maximise-potential'],
    outcomes: ['control-over-lives', 'health-literacy', 'community-asset-building', 'healthy-standard-of-living'],
    measureType: 'number',
    unit: 'people supported',
    keywords: [
      'living at home',
      'self-care',
      'long term illness',
      'chronic conditions',
      'loneliness',
      'social isolation',
      'digital skills',
      'getting online',
      'welfare rights',
      'benefits advice',
      'telecare',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will deliver initiatives, additional to the core service, that help people with long-term conditions in {locality} to live independently, such as money advice, befriending, practical healthy lifestyle advice and help to get online. Target groups and referral routes will be agreed with {organisation} within three months of the start of {contractName}, and the number of people supported, and the difference made, will be reported throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the initiatives you will deliver through {contractName}, beyond the core service, to help people in {locality} with long-term conditions live independently. Set out who you will reach, how they will be referred to you or find you, which partners you will work with, and how many people you will support in each contract year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Specific initiatives (for example money advice, befriending, healthy lifestyle sessions, help to get online), with why they suit people with long-term conditions in {locality}.',
          'A numerical commitment for each contract year: people supported, and sessions or contacts delivered.',
          'Referral routes and partners already in place, such as GP practices, social prescribing link workers, local VCSE organisations and libraries, rather than new structures that take a year to set up.',
          'How the difference will be measured, for example a short before-and-after confidence or wellbeing score, and how results will be reported to {organisation}.',
          'Confirmation that the activity is additional to what the contract already pays for.',
        ],
        scoring: {
          0: 'No answer, or only activity the core service already pays for.',
          1: 'A general wish to support independent living, with no named initiatives, numbers or partners.',
          2: 'One or two relevant initiatives named, but no yearly numbers, no referral route and no way of measuring the difference made.',
          3: 'Relevant initiatives (such as money advice, befriending or help to get online) with yearly numbers of people supported, but referral routes or partners not yet agreed, or no measure of effect.',
          4: 'Initiatives chosen for people with long-term conditions in {locality}, yearly numbers of people and sessions, referral through existing partners such as GP practices or social prescribing link workers, and a before-and-after measure such as a confidence or wellbeing score.',
          5: 'Everything in a 4, plus referral partners already confirmed in writing and a first-year plan to be running within three months of the start, with results reported to {organisation} each quarter.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of people with long-term conditions supported by independent living initiatives delivered in addition to the core service (each person counted once per contract year).',
        unit: 'people',
        target: '{target} people with long-term conditions supported in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised activity log showing each person’s start date, type of support and referral source; session registers; summary of before-and-after outcome scores; confirmation from delivery partners.',
      },
    },
  },
  {
    id: 'homelessness-initiatives',
    text: 'Initiatives that tackle homelessness (i.e. supporting temporary housing schemes, etc.).',
    themes: ['social'],
    marmotPriorities: ['healthy-standard-of-living', 'prevention-of-ill-health'],
    outcomes: ['healthy-standard-of-living', 'ill-health-prevention', 'control-over-lives'],
    measureType: 'number',
    unit: 'people supported',
    keywords: [
      'rough sleeping',
      'rough sleepers',
      'temporary accommodation',
      'Housing First',
      'night shelter',
      'hostel',
      'tenancy sustainment',
      'Homelessness Reduction Act',
      'duty to refer',
      'sofa surfing',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will support initiatives that prevent or relieve homelessness in {locality}, such as temporary housing schemes, tenancy sustainment and routes into settled accommodation, working alongside the housing options service of {organisation} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What will you do through {contractName} to help prevent or relieve homelessness in {locality}? Describe the schemes you will support, the people they will reach, how you will work with the council’s housing service and local homelessness organisations, and what you will deliver each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A clear target group (for example people leaving hospital or prison, care leavers, people sleeping rough, households in temporary accommodation), with the local need explained.',
          'Concrete contributions: funded bed spaces, furnished tenancies, staff time, jobs or training for people with experience of homelessness, or donations to a named local scheme.',
          'How people at risk who come into contact with the service will be referred promptly, with their consent, to the council’s housing options team.',
          'Annual numbers, and how outcomes will be tracked, such as tenancies still in place after six months.',
        ],
        scoring: {
          0: 'No answer, or support limited to what the law already requires of the bidder.',
          1: 'A statement of concern about homelessness with no scheme, group, numbers or partner named.',
          2: 'A relevant contribution described (such as donations or staff time) but not tied to a named scheme or target group, and with no yearly numbers.',
          3: 'A named local scheme or target group with a concrete contribution and yearly numbers, but no agreed route for referring people at risk to the council’s housing options team, or no tracking of outcomes.',
          4: 'A concrete contribution (bed spaces, furnished tenancies, jobs or training for people with experience of homelessness) to a named local scheme, yearly numbers, a consent-based referral route to the housing options team and outcomes tracked, such as tenancies still in place at six months.',
          5: 'Everything in a 4, plus the scheme’s agreement to the contribution already in place and a commitment to count tenancies kept at both six and twelve months.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of people at risk of, or experiencing, homelessness helped to secure or keep accommodation through initiatives supported under the contract.',
        unit: 'people',
        target: '{target} people helped to secure or keep accommodation in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised case records or partner returns showing the support given and the housing outcome; letters from the housing scheme confirming contributions; count of tenancies still in place at six months.',
      },
    },
  },
  {
    id: 'alcohol-abuse-initiatives',
    text: 'Initiatives that tackle alcohol abuse targeted to higher risk drinkers, delivered in addition to core services.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health'],
    outcomes: ['ill-health-prevention', 'health-literacy'],
    measureType: 'number',
    unit: 'higher risk drinkers supported',
    keywords: [
      'alcohol misuse',
      'harmful drinking',
      'binge drinking',
      'alcohol dependency',
      'AUDIT-C',
      'identification and brief advice',
      'IBA',
      'units',
      'substance misuse',
      'booze',
    ],
    notes: [PROVIDER_SELECTION_REGIME_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will deliver initiatives that reduce alcohol harm among higher risk drinkers in {locality}, additional to the core service and to commissioned treatment services, including screening, brief advice and referral on to specialist support, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the initiatives you will deliver under {contractName}, in addition to core services, to reduce harm among higher risk drinkers in {locality}. Explain how you will identify them, what support you will offer, how you will link with local alcohol treatment services and how many people you will reach. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A validated screening tool such as AUDIT-C to identify higher risk drinkers, used by staff trained in identification and brief advice (IBA).',
          'A referral pathway into the locally commissioned drug and alcohol treatment service that avoids duplicating it.',
          'Annual numbers to be screened, given brief advice and referred.',
          'Settings where higher risk drinking is common, for example workplaces, the night-time economy or services for older people, with the reason for choosing them.',
        ],
        scoring: {
          0: 'No answer, or activity that repeats the commissioned treatment service rather than adding to it.',
          1: 'Awareness material only, such as leaflets or posters, with no screening or referral.',
          2: 'Some screening or advice activity described, but no validated tool, no trained staff and no numbers.',
          3: 'Screening with a validated tool such as AUDIT-C and brief advice, but yearly numbers are missing or the referral pathway into the local treatment service is not agreed.',
          4: 'Screening with a validated tool by staff trained in identification and brief advice, an agreed referral pathway into the local treatment service, and yearly numbers to be screened, advised and referred.',
          5: 'Everything in a 4, plus a focus on settings where higher risk drinking is common, with the reason given, and referrals confirmed by the treatment service and reported each quarter.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of people screened with a validated tool (such as AUDIT-C) and, of those identified as higher risk drinkers, the number given brief advice or referred to specialist treatment.',
        unit: 'people',
        target: '{target} higher risk drinkers given brief advice or referred to specialist support in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised screening and referral log; training records of staff delivering identification and brief advice; confirmation of referrals received from the local treatment service.',
      },
    },
  },
  {
    id: 'drug-misuse-programmes',
    text: 'Additional drug misuse programmes delivered – Professional and comprehensive programmes that tackle drug misuse to reduce dependency, delivered in addition to core services.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health'],
    outcomes: ['ill-health-prevention', 'control-over-lives'],
    measureType: 'number',
    unit: 'people completing a programme',
    keywords: [
      'substance misuse',
      'drugs',
      'addiction',
      'recovery',
      'harm reduction',
      'naloxone',
      'treatment',
      'detox',
      'peer mentors',
      'opiates',
    ],
    notes: [PROVIDER_SELECTION_REGIME_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will deliver, or fund, professional drug misuse programmes in {locality} that reduce dependency and support recovery, additional to the core service and co-ordinated with locally commissioned treatment services, for the whole of {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the additional drug misuse programmes you will deliver or fund through {contractName}. Explain who will deliver them and their professional standing, how they will complement rather than duplicate local treatment services, who they are for, and what dependency and recovery outcomes you expect. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A qualified delivery partner or in-house professionals, with relevant registration or accreditation.',
          'Evidence that the programme has been, or will be, agreed with the local treatment provider and the public health team of {organisation}.',
          'Programme content (for example structured psychosocial support, peer-led recovery, harm reduction including naloxone awareness) and its length.',
          'Numbers starting and completing the programme each year, and measures of reduced use or sustained recovery.',
        ],
        scoring: {
          0: 'No answer, or a programme that duplicates the locally commissioned treatment service.',
          1: 'General awareness activity presented as a programme, with no professional deliverer, content or numbers.',
          2: 'A programme described in outline, but the deliverer’s professional standing, its content or its length is missing, and there are no numbers.',
          3: 'A credible programme with a qualified deliverer and stated content, but without agreement from the local treatment provider and public health team, or without yearly starts and completions.',
          4: 'An evidence-based programme with a named, qualified deliverer, content and length set out, agreement (or a dated plan to agree) with the local treatment provider and the public health team of {organisation}, and yearly numbers starting and completing.',
          5: 'Everything in a 4, plus measures of reduced use or sustained recovery at completion and at a later follow-up, reported with the completion numbers.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of people completing an additional drug misuse programme, and the number showing reduced use or sustained abstinence at completion.',
        unit: 'people',
        target: '{target} people completing an additional drug misuse programme in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised programme register with start and completion dates; outcome review summaries from the delivery partner; copy of the agreement with the local treatment service.',
      },
    },
  },
  {
    id: 'smoking-initiatives',
    text: 'Initiatives that tackle smoking to reduce dependency, delivered in addition to core services.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health'],
    outcomes: ['ill-health-prevention', 'health-literacy'],
    measureType: 'number',
    unit: 'people quit at four weeks',
    keywords: [
      'stop smoking',
      'quit smoking',
      'tobacco',
      'cigarettes',
      'vaping',
      'e-cigarettes',
      'nicotine replacement',
      'NRT',
      'Stoptober',
      'very brief advice',
      'smokefree',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will run stop smoking initiatives, additional to the core service, that help staff, people using the service and the wider community in {locality} to quit, working with the local stop smoking service throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you help people to stop smoking through {contractName}, in addition to core services? Describe who you will target, the support you will offer (for example very brief advice, referral to the local stop smoking service, paid time to attend, nicotine replacement or vapes as quit aids) and the number of quit attempts you expect to support. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Front-line staff trained in very brief advice (ask, advise, act), with a record of who is offered support.',
          'Referral into the local stop smoking service rather than a parallel service, with paid time for staff to attend.',
          'A focus on groups with high smoking rates, such as routine and manual workers, pregnant women or people with mental ill health.',
          'Annual numbers setting a quit date and quitting at four weeks, and how quits will be confirmed.',
        ],
        scoring: {
          0: 'No answer, or a parallel stop smoking service that bypasses the local one.',
          1: 'Posters, leaflets or a no-smoking policy only.',
          2: 'Some support described (such as occasional advice) but no staff training in very brief advice, no referral route and no numbers.',
          3: 'Trained staff giving very brief advice and referring to the local stop smoking service, but no yearly numbers of quit attempts, or no paid time for staff to attend.',
          4: 'Staff trained in very brief advice, referral into the local stop smoking service with paid time to attend, a target group chosen for its high smoking rate, and yearly numbers setting a quit date and quitting at four weeks.',
          5: 'Everything in a 4, plus four-week quits confirmed by carbon monoxide reading where possible and results reported by target group.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of people supported to set a quit date, and the number not smoking four weeks later (carbon monoxide verified where possible).',
        unit: 'people',
        target: '{target} people quit at four weeks in each contract year',
        frequency: 'quarterly',
        evidence:
          'Referral log to the stop smoking service; anonymised quit outcomes returned by the service; training records for very brief advice.',
      },
    },
  },
  {
    id: 'healthy-eating-obesity',
    text: 'Initiatives that promote healthy eating, drinking and exercise to tackle obesity',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health', 'best-start'],
    outcomes: ['ill-health-prevention', 'health-literacy', 'best-start-in-life'],
    measureType: 'number',
    unit: 'participants',
    keywords: [
      'healthy weight',
      'weight management',
      'overweight',
      'diet',
      'nutrition',
      'physical activity',
      'fitness',
      'sugary drinks',
      'sport',
      'active travel',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will deliver initiatives that encourage healthy eating, healthy drinks and regular physical activity among staff, people using the service and communities in {locality}, with the aim of preventing and reducing obesity, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Set out the initiatives you will run under {contractName} to promote healthy eating, healthy drinking (such as water in place of sugary drinks) and exercise, to tackle obesity in {locality}. Say who they are for, how often they will run, who will deliver them and how you will judge success. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'People or places with the greatest need, for example families in areas with high childhood obesity, or a workforce in long sedentary roles.',
          'Sustained activity (regular sessions, a healthier food and drink offer in canteens or vending, cycle-to-work or walking schemes) rather than a one-off event.',
          'Local leisure, school and community partners, and national programmes where they exist.',
          'Annual numbers of participants and sessions, and a simple measure of change such as self-reported minutes of activity a week.',
        ],
        scoring: {
          0: 'No answer, or activity with no link to healthy eating, drinking or exercise.',
          1: 'One-off events or promotional material only, with no regular sessions or numbers.',
          2: 'Regular activity described, but not aimed at people or places with the greatest need and with no numbers.',
          3: 'Sustained, relevant activity (such as regular sessions or a healthier food and drink offer) with yearly numbers, but no targeting by need or no measure of change.',
          4: 'Sustained activity aimed at people or places with the greatest need, delivered with local leisure, school or community partners, with yearly numbers of participants and sessions and a simple measure of change such as minutes of activity a week.',
          5: 'Everything in a 4, plus partners confirmed and the measure of change taken at the start and again after at least three months.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of people taking part in healthy eating, healthy drinking or physical activity initiatives delivered under the contract, and the number of sessions delivered.',
        unit: 'participants',
        target: '{target} participants in each contract year',
        frequency: 'quarterly',
        evidence:
          'Attendance registers; programme materials; dated menu or vending changes; participant feedback or before-and-after activity questionnaires.',
      },
    },
  },
  {
    id: 'mental-health-promotion',
    text: 'Initiatives or interventions taken to promote good mental health.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health', 'maximise-potential'],
    outcomes: ['mental-health-promoted', 'ill-health-prevention'],
    measureType: 'number',
    unit: 'people reached',
    keywords: [
      'wellbeing',
      'well-being',
      'emotional health',
      'resilience',
      'stress',
      'anxiety',
      'Five Ways to Wellbeing',
      'Every Mind Matters',
      'suicide prevention',
      'mental wellbeing',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will deliver initiatives that promote good mental health and wellbeing among its workforce, people using the service and communities in {locality}, drawing on recognised approaches such as the Five Ways to Wellbeing, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What initiatives or interventions will you deliver through {contractName} to promote good mental health among your staff, people using the service and the wider community in {locality}? Explain the approach and its evidence base, who it will reach and how you will know it has worked. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A clear line between promotion and prevention (building wellbeing and resilience) and treatment, with the evidence for the chosen approach.',
          'Activities for both the workforce and the community, such as peer support groups, wellbeing walks, stress awareness sessions or suicide prevention training.',
          'Links to local mental health campaigns and services, so that people who need more help are signposted to it.',
          'Annual numbers to be reached and, where appropriate, a validated wellbeing measure such as the Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS).',
        ],
        scoring: {
          0: 'No answer, or treatment services described as promotion.',
          1: 'Awareness days or posters only, with no activity people take part in.',
          2: 'Relevant activity for staff or the community, but no evidence base, no numbers and no signposting to further help.',
          3: 'Evidence-based activity with yearly numbers reached, but covering only staff or only the community, or with no measure of wellbeing.',
          4: 'Evidence-based activity for both staff and the community, yearly numbers reached, signposting to local mental health services, and a validated wellbeing measure such as SWEMWBS.',
          5: 'Everything in a 4, plus the wellbeing measure taken before and after and the change reported each year, and activities linked to a named local campaign.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of people taking part in mental health promotion initiatives delivered under the contract, and the change in average wellbeing score where this is measured.',
        unit: 'people',
        target: '{target} people taking part in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Attendance records; anonymised before-and-after wellbeing scores (such as SWEMWBS); programme materials; a short summary of participant feedback.',
      },
    },
  },
  {
    id: 'mental-health-access',
    text: 'Initiatives that increase access to mental health support.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health'],
    outcomes: ['mental-health-promoted', 'community-asset-building'],
    measureType: 'number',
    unit: 'people accessing support',
    keywords: [
      'counselling',
      'counseling',
      'talking therapies',
      'IAPT',
      'Employee Assistance Programme',
      'EAP',
      'signposting',
      'crisis support',
      'psychological therapy',
      'waiting times',
      'wellbeing',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will increase access to mental health support for its workforce and for people in {locality}, for example through an employee assistance programme, trained staff who can signpost, and clear routes into NHS Talking Therapies and local services, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you make it easier for people to get mental health support through {contractName}? Describe the barriers you will address (such as cost, waiting, stigma, opening hours or location), the support and referral routes you will provide, and how many people you expect to help each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The specific barriers the people concerned face, and the action that will remove each one.',
          'Concrete routes to support: an employee assistance programme with counselling, help to self-refer to NHS Talking Therapies, trained staff able to signpost, or a local service hosted on site.',
          'Joint work with local mental health services and VCSE organisations rather than duplication of them.',
          'Numbers accessing support, with take-up reported, anonymised, at least once a year.',
        ],
        scoring: {
          0: 'No answer, or only a description of the core service.',
          1: 'General statements such as an open-door policy, with no route to support.',
          2: 'Some routes to support listed, but not linked to the barriers people face and with no numbers.',
          3: 'Practical routes to support (such as an employee assistance programme or help to self-refer to NHS Talking Therapies) linked to named barriers, but no yearly take-up target or no local partners.',
          4: 'Named barriers each matched to an action, practical routes to support delivered with local mental health services or VCSE organisations, and a yearly take-up target reported anonymously at least once a year.',
          5: 'Everything in a 4, plus take-up reported each quarter and a review of any barrier where take-up falls short of the target.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of people who accessed mental health support as a result of initiatives under the contract (for example counselling through an employee assistance programme, referrals made, attendances at hosted services).',
        unit: 'people',
        target: '{target} people accessing mental health support in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised usage reports from the employee assistance provider; referral logs; partner confirmation of sessions hosted.',
      },
    },
  },
  {
    id: 'carers-peer-support',
    text: 'Initiatives to support carers to feel less isolated and develop new social and peer support networks.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health', 'healthy-standard-of-living'],
    outcomes: ['carers-quality-of-life', 'mental-health-promoted', 'community-asset-building'],
    measureType: 'number',
    unit: 'carers supported',
    keywords: [
      'unpaid carers',
      'young carers',
      'caring responsibilities',
      'loneliness',
      'isolation',
      'carers group',
      'carers café',
      'respite',
      'befriending',
      'Carers Week',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will help unpaid carers in {locality}, including carers in its own workforce, to feel less isolated and to build social and peer support networks, working with local carers’ organisations throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe how you will help unpaid carers in {locality} to feel less isolated and to build new social and peer support networks through {contractName}. Include how you will find carers (including those in your own workforce), the activities or groups you will run or support, your partners and the numbers you expect to reach. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'How hidden carers, including young carers, will be identified, for example through staff surveys, contact with people using the service and links with GP practices and schools.',
          'Regular peer activities (carers’ groups, cafés, online networks) at times and places carers can manage, with replacement care where it is needed.',
          'Joint work with the local carers’ organisation, and signposting of carers to a carer’s assessment under the Care Act 2014.',
          'Numbers of carers supported, and a measure of change in isolation, for example a short set of loneliness questions.',
        ],
        scoring: {
          0: 'No answer, or activity that does not reach unpaid carers.',
          1: 'A statement of support for carers, with no way of finding them and no activity.',
          2: 'Occasional activity for carers, with no plan to find hidden carers and no numbers.',
          3: 'Regular peer activity with numbers of carers to be reached, but no way of finding hidden carers (including young carers) or no replacement care where it is needed.',
          4: 'A realistic way of finding hidden carers, regular peer activity at times carers can manage with replacement care where needed, work with the local carers’ organisation, and yearly numbers of carers supported.',
          5: 'Everything in a 4, plus a measured change in isolation (such as a short set of loneliness questions at the start and after six months) and signposting to a carer’s assessment under the Care Act 2014.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of carers taking part in peer support activities supported under the contract, and the percentage of them reporting that they feel less isolated.',
        unit: 'carers',
        target: '{target} carers taking part in peer support activities in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised attendance records; results of a short carer feedback survey; confirmation from the local carers’ organisation.',
      },
    },
  },
  {
    id: 'volunteering-health-talks',
    text: 'Volunteering time dedicated to talks in school or the community on substance misuse, healthy eating, sexual health and physical wellbeing (or support existing campaigns such as Change4life, Start4life, RiseAbove and Frank).',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health', 'best-start'],
    outcomes: ['health-literacy', 'best-start-in-life', 'ill-health-prevention'],
    measureType: 'hours',
    unit: 'volunteer hours',
    keywords: [
      'volunteer hours',
      'employee volunteering',
      'school talks',
      'assemblies',
      'PSHE',
      'relationships and sex education',
      'RSE',
      'health education',
      'drugs awareness',
      'alcohol',
      'exercise',
    ],
    notes: [
      'Some of the campaigns named in this indicator have since been rebranded or closed. Check which national or local campaigns are current before asking bidders to support a named one.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give staff volunteering time to deliver talks in schools and community settings across {locality} on substance misuse, healthy eating, sexual health and physical wellbeing, or to support current national health campaigns, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many hours of staff volunteering time will you dedicate, through {contractName}, to health talks in schools and the community in {locality}? Describe the topics, the audiences, who will give the talks and how you will make sure content is accurate and suitable for the age group. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A number of volunteer hours in each contract year, separate from paid delivery of the contract.',
          'Audiences and settings (for example secondary schools, youth clubs, community centres), agreed with schools or {organisation}.',
          'Suitably qualified or trained staff using current national campaign materials, in a way that fits schools’ PSHE and relationships and sex education programmes.',
          'Safeguarding: DBS checks where needed, and each school’s safeguarding procedures followed.',
        ],
        scoring: {
          0: 'No answer, or talks given as part of paid contract delivery.',
          1: 'An offer to give talks if asked, with no hours committed.',
          2: 'Some volunteer hours mentioned, but no settings, topics or speakers described.',
          3: 'A yearly hours commitment with named settings, but speakers’ training, current campaign materials or safeguarding arrangements not covered.',
          4: 'A firm number of volunteer hours each year, settings agreed with schools or {organisation}, suitably trained speakers using current national campaign materials, and DBS checks and school safeguarding procedures followed.',
          5: 'Everything in a 4, plus content fitted to schools’ PSHE and relationships and sex education programmes and feedback collected from each setting.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours of staff volunteering time spent giving health talks or supporting health campaigns in schools and community settings (preparation time counted up to an agreed limit).',
        unit: 'hours',
        target: '{target} volunteer hours in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Volunteering log showing date, setting, topic, staff member and hours; confirmation from the school or venue; audience numbers.',
      },
    },
  },
  {
    id: 'crime-prevention-participation',
    text: 'Active participation with local crime prevention projects and support to policing campaigns (e.g. alcohol/drugs misuse campaigns, domestic abuse)',
    themes: ['social'],
    marmotPriorities: ['healthy-standard-of-living', 'prevention-of-ill-health'],
    outcomes: ['community-asset-building', 'ill-health-prevention', 'ace-awareness'],
    measureType: 'hours',
    unit: 'hours of participation',
    keywords: [
      'community safety',
      'Community Safety Partnership',
      'police',
      'antisocial behaviour',
      'anti-social behavior',
      'domestic violence',
      'violence against women and girls',
      'VAWG',
      'Neighbourhood Watch',
      'county lines',
      'safeguarding',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will take an active part in local crime prevention projects and support police and community safety campaigns in {locality}, such as those on alcohol and drug misuse and domestic abuse, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe how your organisation will take an active part in local crime prevention projects and support policing and community safety campaigns in {locality} during {contractName}. Identify the projects or campaigns, your contribution (staff time, premises, communication channels, training) and what it will achieve. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Local projects or campaigns, for example those run by the Community Safety Partnership, the police or domestic abuse services, and how the bidder will join them.',
          'A number of hours of staff time and other contributions, such as sharing campaign messages with staff and customers or providing venues.',
          'Domestic abuse awareness for managers and a workplace policy for staff affected by domestic abuse.',
          'How participation will be recorded and reported.',
        ],
        scoring: {
          0: 'No answer, or activity with no link to crime prevention or community safety.',
          1: 'General statements of good citizenship, with no projects or hours.',
          2: 'Projects or campaigns named, but the contribution is not quantified.',
          3: 'Named local projects with a committed number of staff hours, but no wider contribution (such as sharing campaign messages or providing venues) or no reporting.',
          4: 'Named local projects (for example those of the Community Safety Partnership), a committed number of staff hours each year, practical contributions beyond time, and participation recorded and reported.',
          5: 'Everything in a 4, plus domestic abuse awareness for managers and a workplace policy for staff affected by domestic abuse.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours of staff time given to local crime prevention projects and policing or community safety campaigns, with the number of projects and campaigns supported.',
        unit: 'hours',
        target: '{target} hours of active participation in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Activity log with dates, project or campaign, hours and staff involved; confirmation from the project lead or partnership; copies of campaign materials shared.',
      },
    },
  },
  {
    id: 'ace-trauma-informed',
    text: 'Demonstration of organisational ACE-awareness/ trauma informed approach for service users beyond the scope of the core service provided.',
    themes: ['social'],
    marmotPriorities: ['best-start', 'prevention-of-ill-health'],
    outcomes: ['ace-awareness', 'best-start-in-life', 'mental-health-promoted'],
    measureType: 'percent',
    unit: '% of staff trained',
    keywords: [
      'Adverse Childhood Experiences',
      'ACEs',
      'trauma-informed practice',
      'trauma aware',
      'childhood trauma',
      'psychologically informed environment',
      'PIE',
      'safeguarding',
      'vulnerability',
      'resilience',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will show that it works in an ACE-aware, trauma-informed way with people using the service, beyond the scope of the core service, by training its staff and adapting its policies, practice and environments throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will your organisation demonstrate an ACE-aware, trauma-informed approach for people using {contractName}, beyond the scope of the core service? Describe staff training, changes to policies, practice and environments, how people with lived experience will shape this, and how you will check it is working. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Training for all staff, with deeper training for those in direct contact with people using the service, and a timetable to reach full coverage.',
          'The principles in practice: safety, trustworthiness, choice, collaboration, empowerment and cultural consideration, as in the government’s working definition of trauma-informed practice.',
          'Examples of changes beyond the core service, such as reviewing letters and appointment processes, providing quieter spaces, or avoiding people having to retell traumatic events.',
          'Involvement of people with lived experience, and support for staff wellbeing, including reflective supervision.',
          'Progress measured through staff training rates, feedback from people using the service and an annual organisational self-assessment.',
        ],
        scoring: {
          0: 'No answer, or only what the core service specification already requires.',
          1: 'A statement of awareness of ACEs or trauma, with no plan.',
          2: 'Training planned for some staff, but no timetable to full coverage and no change to practice.',
          3: 'A training plan reaching all staff with a timetable, but few concrete changes to policies, practice or environments.',
          4: 'Training for all staff with deeper training for front-line staff and a timetable to full coverage, concrete changes beyond the core service (such as letters, appointments or quieter spaces), and people with lived experience involved.',
          5: 'Everything in a 4, plus reflective supervision for staff and progress measured each year through training rates, feedback from people using the service and an organisational self-assessment.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Percentage of staff working on the contract who have completed ACE-awareness or trauma-informed practice training, with a summary of changes to practice made in the period.',
        unit: '% of staff',
        target: '{target}% of staff working on the contract trained by the end of each contract year',
        frequency: 'six-monthly',
        evidence:
          'Training records (course, provider, date, staff role); the organisational self-assessment; examples of changed policies or materials; anonymised feedback from people using the service.',
      },
    },
  },
  {
    id: 'volunteering-health-awareness',
    text: 'Time volunteered to engage with community groups, for example to give talks or share information and offer practical health awareness support.',
    themes: ['social'],
    marmotPriorities: ['prevention-of-ill-health', 'maximise-potential'],
    outcomes: ['health-literacy', 'community-asset-building', 'ill-health-prevention'],
    measureType: 'hours',
    unit: 'volunteer hours',
    keywords: [
      'volunteer hours',
      'employee volunteering',
      'health promotion',
      'health checks',
      'blood pressure',
      'first aid',
      'wellbeing sessions',
      'community outreach',
      'Making Every Contact Count',
      'MECC',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give staff volunteering time to community groups in {locality} to share health information and offer practical health awareness support, such as blood pressure awareness or first aid skills, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many hours of staff volunteering will you give, under {contractName}, to community groups in {locality} for practical health awareness support? Describe the groups, topics and formats, the skills your volunteers bring and how you will reach groups with poorer health. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Volunteer hours and a number of groups or sessions in each contract year.',
          'Topics matched to local priorities (for example high blood pressure, smoking, mental wellbeing, obesity) and to what the groups ask for.',
          'Staff with relevant skills, such as clinicians, first aiders or staff trained in Making Every Contact Count.',
          'A focus on groups in more deprived areas or with lower health literacy, using plain language and accessible formats.',
        ],
        scoring: {
          0: 'No answer, or health awareness given as part of paid delivery.',
          1: 'Occasional offers to help, with no hours committed.',
          2: 'Some volunteer hours committed, but topics, groups and volunteers’ skills not described.',
          3: 'Committed yearly hours and sessions with topics matched to local priorities, but no plan to reach groups with poorer health, or volunteers’ skills not stated.',
          4: 'Committed yearly hours and sessions, topics matched to local priorities and to what groups ask for, volunteers with relevant skills (such as Making Every Contact Count training), and a plan to reach groups in more deprived areas.',
          5: 'Everything in a 4, plus plain-language and accessible formats and the number of people reached recorded for each session.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours of staff volunteering time spent with community groups giving practical health awareness support, with the number of people reached.',
        unit: 'hours',
        target: '{target} volunteer hours in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Volunteering log (date, group, topic, hours, attendees); confirmation from group organisers; copies of materials used.',
      },
    },
  },
  {
    id: 'volunteering-wider-determinants',
    text: 'Time volunteered to engage with community groups, for example to give talks or share information and offer practical support relevant to the wider determinants of health (e.g. debt advice, fuel poverty advice).',
    themes: ['social'],
    marmotPriorities: ['healthy-standard-of-living', 'prevention-of-ill-health'],
    outcomes: ['healthy-standard-of-living', 'community-asset-building', 'control-over-lives'],
    measureType: 'hours',
    unit: 'volunteer hours',
    keywords: [
      'volunteer hours',
      'cost of living',
      'money advice',
      'financial inclusion',
      'budgeting',
      'benefits',
      'energy bills',
      'housing advice',
      'employability',
      'CV writing',
      'social determinants',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give staff volunteering time to community groups in {locality} to provide practical support on the wider determinants of health, such as debt, fuel poverty, benefits, housing and employability, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the volunteering time you will give, through {contractName}, to community groups in {locality} to offer practical support on the wider determinants of health, for example debt advice, fuel poverty advice or help into work. State the hours, topics, the expertise of your volunteers and how you will link people to specialist advice services. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Volunteer hours and sessions in each contract year, on topics chosen for local need such as fuel poverty and household debt.',
          'Volunteers with relevant expertise (finance, HR, energy, housing) who stay within what they can advise on, referring people who need regulated debt advice to accredited providers.',
          'Joint work with local advice agencies, such as Citizens Advice, and community groups, so that sessions reach the people who need them.',
          'A record of the number of people reached and referrals made.',
        ],
        scoring: {
          0: 'No answer, or support with no link to the wider determinants of health.',
          1: 'Vague offers to help, with no hours or topics.',
          2: 'Some hours committed, but topics not linked to local need and volunteers’ expertise not stated.',
          3: 'Committed yearly hours on topics of local need such as fuel poverty or debt, but no local advice partners or no route to regulated advice.',
          4: 'Committed yearly hours and sessions on topics of local need, volunteers with relevant expertise who stay within what they can advise on, referral of regulated debt advice to accredited providers, and work with local advice agencies.',
          5: 'Everything in a 4, plus the number of people reached and referrals made recorded for each session and reported each quarter.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours of staff volunteering time spent with community groups on the wider determinants of health (for example debt, fuel poverty, benefits, housing, employability), with people reached and referrals made.',
        unit: 'hours',
        target: '{target} volunteer hours in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Volunteering log (date, group, topic, hours, attendees, referrals); confirmation from the community group or advice partner.',
      },
    },
  },
  {
    id: 'jobs-protected-characteristics',
    text: 'Job (FTE) opportunities or supported internships for people with protected characteristics:',
    subMeasures: [
      '% of people employed are carers',
      '% of people employed are care leavers',
      '% of people employed who are disabled',
      '% of people employed over 50',
      '% of people employed from a BME group',
      '% of people employed women returners',
      'Single parents, ex armed forces etc.',
    ],
    themes: ['social'],
    marmotPriorities: ['fair-employment', 'maximise-potential'],
    outcomes: ['equal-opportunities', 'jobs-disadvantaged-people', 'jobs-long-term-conditions', 'maximise-capabilities'],
    measureType: 'fte',
    unit: 'FTE jobs or supported internships',
    keywords: [
      'jobs',
      'inclusive recruitment',
      'equality',
      'diversity',
      'disability',
      'Disability Confident',
      'veterans',
      'Armed Forces Covenant',
      'Care Leaver Covenant',
      'ethnic minority',
      'older workers',
      'positive action',
    ],
    notes: [
      'Under the Equality Act 2010 the protected characteristics are age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation. Carers, care leavers, single parents and ex-armed forces personnel are local priority groups rather than protected characteristics in law. Any recruitment aimed at a particular group must stay within the Act’s positive action provisions (sections 158 and 159).',
      'UK government guidance no longer uses “BAME” or “BME”, preferring “ethnic minorities” or the names of specific ethnic groups. The framework’s wording is kept as published.',
      'Supported internships are a Department for Education study programme for young people aged 16 to 24 with an education, health and care (EHC) plan.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will create job opportunities (FTE) and supported internships on {contractName} for people from priority groups, including carers, care leavers, disabled people, people over 50, people from ethnic minority groups, women returners, single parents and ex-armed forces personnel, and will report the make-up of its contract workforce throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you create job opportunities (FTE) and supported internships on {contractName} for carers, care leavers, disabled people, people over 50, people from ethnic minority groups, women returners, single parents and ex-armed forces personnel? For each group you will target, describe the barriers you will address, how you will recruit and support people, your local partners, and the number of FTE jobs or internships you will create each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'FTE jobs and supported internships for each contract year, broken down by the groups targeted.',
          'Lawful, practical measures: guaranteed interviews through the Disability Confident scheme, job carving, reasonable adjustments, flexible hours for carers and single parents, and recognition of armed forces skills and qualifications.',
          'Referral partners, such as the council’s care leaver service, Jobcentre Plus, supported employment services, colleges running supported internships and armed forces charities.',
          'In-work support (mentoring, job coaching), with retention tracked as well as recruitment.',
          'How workforce data will be collected voluntarily and reported anonymously.',
        ],
        scoring: {
          0: 'No answer, or recruitment that would break the Equality Act 2010.',
          1: 'An equal opportunities statement only, with no jobs or internships committed.',
          2: 'A commitment to recruit from some priority groups, with no numbers and no description of barriers or support.',
          3: 'Yearly numbers of FTE jobs or supported internships, but not broken down by group, or thin on recruitment measures and in-work support.',
          4: 'Yearly FTE jobs and supported internships broken down by the groups targeted, lawful recruitment measures (such as Disability Confident guaranteed interviews and reasonable adjustments), named referral partners, and in-work support.',
          5: 'Everything in a 4, plus retention tracked at six and twelve months and workforce data collected voluntarily and reported anonymously.',
        },
        responseLimitWords: 750,
      },
      contractManagement: {
        measure:
          'FTE jobs and supported internships on the contract filled by people from the priority groups, and the percentage of the contract workforce in each group (from voluntary, anonymised equality monitoring).',
        unit: 'FTE jobs and supported internships; % of contract workforce by group',
        target: '{target} FTE jobs or supported internships filled by people from the priority groups in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Anonymised recruitment and equality monitoring data; starter list with FTE and start dates; supported internship agreements with the education provider; retention figures at six and twelve months.',
      },
    },
  },
  {
    id: 'local-people-employed',
    text: 'No. of local people (FTE) employed on contract for one year or the whole duration of the contract, whichever is shorter.',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['local-employment', 'healthy-standard-of-living'],
    measureType: 'fte',
    unit: 'FTE local people',
    keywords: [
      'local jobs',
      'local recruitment',
      'local labour',
      'local hire',
      'jobs',
      'employment',
      'hiring',
      'residents',
      'postcode',
      'full-time equivalent',
    ],
    notes: [
      LOCAL_NON_DISCRIMINATION_NOTE,
      KPI_DUTY_NOTE,
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will employ local people, meaning residents of {locality}, to work on {contractName} for at least one year, or for the whole contract if it is shorter, and will report their number as full-time equivalents throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many local people (FTE) living in {locality} will you employ on {contractName} for one year, or for the whole contract if it is shorter? Explain how you will recruit locally, how you will help people stay in work, and how you will evidence where employees live. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'An FTE number for each contract year, derived from the contract’s staffing plan.',
          'Local recruitment channels: local job fairs, the council’s employment and skills service, Jobcentre Plus, community organisations and local colleges.',
          'A focus on local people who face barriers to work, with the support to keep them in work for at least a year.',
          'An agreed definition of local (for example by postcode), and how home postcodes will be evidenced in line with data protection law.',
        ],
        scoring: {
          0: 'No answer, or no commitment to employ local people.',
          1: 'An aspiration to recruit locally, with no number.',
          2: 'A number of local FTE jobs, but not derived from the staffing plan and with no recruitment channels.',
          3: 'A yearly FTE number with local recruitment channels, but no support to keep people in work for a year, or no agreed way of evidencing where employees live.',
          4: 'A yearly FTE number derived from the contract’s staffing plan, local recruitment channels such as the council’s employment and skills service and Jobcentre Plus, support to stay in work for at least a year, and a postcode definition of local with evidence that respects data protection law.',
          5: 'Everything in a 4, plus a share of the local jobs aimed at local people who face barriers to work and retention reported at 52 weeks.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of FTE employees resident in {locality} employed on the contract for at least 52 weeks, or for the whole contract if it is shorter.',
        unit: 'FTE local people',
        target: '{target} FTE local people employed on the contract by the end of each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised payroll extract showing FTE, start date and home postcode district for each employee working on the contract; quarterly headcount return.',
      },
    },
  },
  {
    id: 'local-people-employed-percent',
    text: '% of local people employed on contract (FTE).',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['local-employment'],
    measureType: 'percent',
    unit: '% of contract workforce (FTE)',
    keywords: [
      'local workforce',
      'local jobs',
      'local recruitment',
      'local labour',
      'percentage',
      'proportion',
      'residents',
      'postcode',
      'employment',
      'jobs',
    ],
    notes: [LOCAL_NON_DISCRIMINATION_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will make sure that an agreed percentage of the FTE workforce delivering {contractName} lives in {locality}, and will report that percentage throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What percentage of the FTE workforce delivering {contractName} will be local people living in {locality}? Give the percentage for each contract year, the FTE figures behind it, and how you will maintain it as staff change. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The percentage with the FTE figures behind it (local FTE and total FTE), so that the commitment can be checked.',
          'A baseline from the current or transferring (TUPE) workforce, and how new recruitment will raise or maintain the percentage.',
          'Local recruitment methods, and how subcontractors’ staff working on the contract are counted.',
          'The postcode evidence that will be supplied.',
        ],
        scoring: {
          0: 'No answer, or no percentage of the contract workforce given.',
          1: 'A general intention to employ local people, with no firm percentage.',
          2: 'A percentage with no local and total FTE figures behind it, so it cannot be checked.',
          3: 'A yearly percentage with local and total FTE figures, but no baseline or no account of how subcontractors’ staff are counted.',
          4: 'A yearly percentage with local and total FTE figures, a baseline from the current or transferring (TUPE) workforce, local recruitment methods, subcontractors’ staff counted, and postcode evidence described.',
          5: 'Everything in a 4, plus a recruitment plan that raises or holds the percentage as staff change, reviewed each quarter.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'FTE of the contract workforce resident in {locality}, divided by the total FTE of the contract workforce (including subcontractors’ staff working on the contract), expressed as a percentage.',
        unit: '% of contract workforce (FTE)',
        target: 'At least {target}% of the contract workforce (FTE) resident in {locality}, measured at the end of each quarter',
        frequency: 'quarterly',
        evidence:
          'Anonymised workforce list with FTE and home postcode district for everyone working on the contract, including subcontractors’ staff.',
      },
    },
  },
  {
    id: 'long-term-unemployed',
    text: 'No. of employees (FTE) taken on who are long term unemployed (unemployed for a year or longer).',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living', 'maximise-potential'],
    outcomes: ['jobs-disadvantaged-people', 'local-employment', 'maximise-capabilities'],
    measureType: 'fte',
    unit: 'FTE employees',
    keywords: [
      'jobs',
      'recruitment',
      'hiring',
      'jobseekers',
      'out of work',
      'worklessness',
      'economically inactive',
      'return to work',
      'Jobcentre Plus',
      'DWP',
      'Universal Credit',
      'employability',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will recruit people who have been unemployed for a year or longer into jobs on {contractName}, and support them to stay in work, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many people who have been unemployed for a year or longer will you take on (FTE) to work on {contractName}? Describe how you will reach them, adapt your recruitment, prepare them for work and keep them in employment. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A number of FTE starts in each contract year.',
          'Joint work with Jobcentre Plus, the council’s employment support programmes and local VCSE employability services to find candidates.',
          'Barriers in recruitment removed, for example with guaranteed interviews, work trials, skills-based assessment in place of CV sifting, and help with upfront costs such as travel and work clothing.',
          'In-work support (a named mentor, a phased start), with retention measured at 26 and 52 weeks.',
        ],
        scoring: {
          0: 'No answer, or no commitment to recruit people who are long-term unemployed.',
          1: 'An intention to help people who are long-term unemployed, with no number of starts.',
          2: 'A number of FTE starts, but no referral partners and no change to recruitment.',
          3: 'A yearly number of FTE starts with named referral partners, but recruitment barriers (such as CV sifting or upfront costs) not addressed, or no in-work support.',
          4: 'A yearly number of FTE starts, named partners such as Jobcentre Plus and local employability services, adapted recruitment (guaranteed interviews, work trials, help with travel and clothing costs), and in-work support.',
          5: 'Everything in a 4, plus retention measured and reported at 26 and 52 weeks.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of FTE employees taken on to work on the contract who had been unemployed for 12 months or more immediately before starting, and the number still employed after 26 weeks.',
        unit: 'FTE employees',
        target: '{target} FTE long-term unemployed people taken on in each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised starter list with FTE and start date; referral confirmation from Jobcentre Plus or the employment support partner, or a signed self-declaration of unemployment history; retention check at 26 weeks.',
      },
    },
  },
  {
    id: 'young-offenders',
    text: 'No. of employees (FTE) taken on who are rehabilitating young offenders (18-24 y.o.).',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'maximise-potential'],
    outcomes: ['jobs-disadvantaged-people', 'maximise-capabilities'],
    measureType: 'fte',
    unit: 'FTE employees',
    keywords: [
      'jobs',
      'ex-offenders',
      'prison leavers',
      'criminal record',
      'convictions',
      'Ban the Box',
      'fair chance recruitment',
      'probation',
      'resettlement',
      'release on temporary licence',
      'ROTL',
      'rehabilitation',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give young people aged 18 to 24 who are rehabilitating offenders the chance of employment on {contractName}, working with probation and resettlement services to recruit and support them throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many young people aged 18 to 24 who are rehabilitating offenders will you take on (FTE) to work on {contractName}? Describe your referral partners, how you will assess risk fairly, and the support you will give to help them stay in work. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A number of FTE starts in each contract year for people aged 18 to 24 when they start.',
          'Joint work with the Probation Service, prisons (including release on temporary licence), youth justice services or specialist charities to find and prepare candidates.',
          'Fair chance practice, such as removing the criminal record question from initial applications and asking only for the disclosure the role requires, with DBS checks proportionate to the job.',
          'Mentoring and in-work support, with retention and progression tracked.',
        ],
        scoring: {
          0: 'No answer, or a blanket bar on people with criminal records.',
          1: 'Willingness in principle, with no number or partner.',
          2: 'A number of FTE starts, but no referral partners and no account of fair recruitment.',
          3: 'A yearly number of FTE starts for people aged 18 to 24 with named referral partners, but no fair chance practice or no in-work support.',
          4: 'A yearly number of FTE starts for people aged 18 to 24, partners such as the Probation Service or youth justice services, fair chance recruitment with DBS checks proportionate to the role, and mentoring.',
          5: 'Everything in a 4, plus retention and progression tracked and reported at 26 and 52 weeks.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of FTE employees aged 18 to 24 at the start of employment who are rehabilitating offenders, taken on to work on the contract, and the number still employed after 26 weeks.',
        unit: 'FTE employees',
        target: '{target} FTE rehabilitating young offenders taken on in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Anonymised starter records with age band, FTE and start date; confirmation from the referring probation, prison or specialist partner; retention check at 26 weeks.',
      },
    },
  },
  {
    id: 'real-living-wage',
    text: 'The number of people (including as a %) in your workforce and supply chain that are paid at least the real Living Wage.',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['healthy-standard-of-living', 'employee-wellbeing'],
    measureType: 'percent',
    unit: 'people and % of workforce and supply chain',
    keywords: [
      'RLW',
      'Living Wage Foundation',
      'LWF',
      'Living Wage Employer',
      'accreditation',
      'London Living Wage',
      'fair pay',
      'low pay',
      'pay rates',
      'hourly rate',
      'salary',
    ],
    notes: [
      'The real Living Wage is a voluntary rate calculated by the Living Wage Foundation, with a separate London rate, and new rates are announced each autumn. It is not the statutory National Living Wage set by the government, which is lower.',
      'Accredited Living Wage Employers commit to paying new rates within six months of their announcement; set the target date with that in mind.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will pay at least the real Living Wage, as set by the Living Wage Foundation, to everyone working on {contractName}, including subcontractors’ staff, and will encourage its wider supply chain to do the same throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many people, and what percentage, of your workforce and of the supply chain working on {contractName} will be paid at least the real Living Wage? Explain how you will uprate pay when new rates are announced, how you will extend it to subcontractors, and whether you are, or will become, an accredited Living Wage Employer. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Headcounts and percentages now and for each contract year, separately for direct employees and the supply chain.',
          'Pay uprated to each new real Living Wage rate within six months of its announcement, using the London rate where relevant.',
          'Living Wage Foundation accreditation held, or the steps and timetable towards it.',
          'How the requirement flows down to subcontractors through contract terms, and how it will be checked.',
          'How the cost is built into the price, so that the commitment can be sustained for the whole contract.',
        ],
        scoring: {
          0: 'No answer, or pay below the real Living Wage with no plan to change it.',
          1: 'An aspiration to pay the real Living Wage, with no figures.',
          2: 'Figures for direct employees only, with no commitment to uprate when new rates are announced.',
          3: 'Headcounts and percentages for direct employees paid the real Living Wage with uprating within six months, but subcontractors’ staff not covered.',
          4: 'Direct employees and subcontractors’ staff on the contract paid at least the real Living Wage, uprated within six months of each announcement, with the requirement in subcontracts and the cost built into the price.',
          5: 'Everything in a 4, plus accreditation by the Living Wage Foundation held, or a dated plan to achieve it within the first contract year.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number and percentage of people working on the contract (direct employees and subcontractors’ staff) paid at least the current real Living Wage.',
        unit: 'people and % of contract workforce',
        target: '{target}% of people working on the contract paid at least the real Living Wage, with new rates applied within six months of their announcement',
        frequency: 'six-monthly',
        evidence:
          'Anonymised extract of hourly pay rates for staff working on the contract; subcontractor pay declarations; Living Wage Foundation accreditation certificate if held.',
      },
    },
  },
  {
    id: 'diversity-training',
    text: 'Diversity training provided for employees, contractors and subcontractors.',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment'],
    outcomes: ['equal-opportunities', 'friendly-business-environment'],
    measureType: 'number',
    unit: 'people trained',
    keywords: [
      'EDI',
      'equality, diversity and inclusion',
      'D&I',
      'DEI',
      'inclusion training',
      'equality training',
      'unconscious bias',
      'Equality Act 2010',
      'cultural competence',
      'anti-racism',
      'disability awareness',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will deliver equality, diversity and inclusion training to all employees, contractors and subcontractors working on {contractName}, with refresher training at agreed intervals throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the diversity training you will provide for employees, contractors and subcontractors working on {contractName}. Cover the content, how it is delivered and how long it takes, who will receive it and when, how it will be refreshed, and how you will judge its effect on practice. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Content covering duties under the Equality Act 2010, inclusive behaviour and, for a public service, the needs of the people using it.',
          'Training for everyone on the contract, including subcontractors, within a set period of starting, with refresher training at a set interval.',
          'A credible provider or recognised content, with more depth for managers and anyone involved in recruitment.',
          'A measure of effect beyond attendance, for example staff survey results, complaints data or recruitment outcomes.',
        ],
        scoring: {
          0: 'No answer, or no diversity training offered to anyone on the contract.',
          1: 'A reference to an existing policy, with no training.',
          2: 'Training for some direct staff, with no timescales or refresher.',
          3: 'Training for all direct staff with timescales and a refresher, but subcontractors not covered, or no extra depth for managers and recruiters.',
          4: 'Training for everyone on the contract including subcontractors, within a set period of starting and refreshed at a set interval, covering the Equality Act 2010 and the needs of people using the service, with more depth for managers and recruiters.',
          5: 'Everything in a 4, plus a measure of effect beyond attendance, such as staff survey results, complaints data or recruitment outcomes, reported each year.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Number of employees, contractors and subcontractors working on the contract who completed diversity training in the period, and the percentage of the contract workforce trained in the last two years.',
        unit: 'people trained',
        target: '{target} employees, contractors and subcontractors trained in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Training records by staff number, with course title, date and provider; subcontractor confirmations; course outline.',
      },
    },
  },
  {
    id: 'women-returners',
    text: 'Initiatives to support women back into the workplace who are returning from career breaks or long-term parental leave',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'maximise-potential'],
    outcomes: ['equal-opportunities', 'maximise-capabilities'],
    measureType: 'number',
    unit: 'women supported back into work',
    keywords: [
      'returnships',
      'returners',
      'return to work',
      'maternity leave',
      'mothers',
      'gender equality',
      'flexible working',
      'part-time',
      'childcare',
      'keeping in touch days',
      'KIT days',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will run initiatives that help women return to work on {contractName} after a career break or long-term parental leave, such as paid returner programmes, flexible roles and structured support to refresh skills, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What initiatives will you offer, through {contractName}, to support women returning to work after a career break or long-term parental leave? Describe the roles or returner programmes, the flexibility and support offered, and how many women you expect to support back into work each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A paid returner programme (a returnship) or roles recruited directly for returners, with a clear route to a permanent post.',
          'Roles designed to be flexible from the start, with part-time, job share or school-hours options stated in the advert.',
          'Skills refresh, mentoring and a phased return, and support for the bidder’s own staff returning from parental leave (keeping in touch days, a return plan).',
          'Annual numbers, with retention tracked at 12 months.',
        ],
        scoring: {
          0: 'No answer, or reliance on statutory rights alone.',
          1: 'A supportive statement about returners, with no initiative or roles.',
          2: 'Supportive policies (such as flexible working) but no returner programme or roles recruited for returners.',
          3: 'A paid returner programme or roles recruited for returners, but roles not designed to be flexible, or no yearly numbers.',
          4: 'A paid returner programme or roles recruited for returners, designed to be flexible from the advert onwards, with skills refresh, mentoring and a phased return, and yearly numbers.',
          5: 'Everything in a 4, plus retention tracked at 12 months and a clear route from returner roles to permanent posts.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of women returning from a career break or long-term parental leave who start work on the contract through the initiatives, and the number still in work after 12 months.',
        unit: 'women',
        target: '{target} women supported back into work in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Anonymised starter records identifying returner hires; programme outline and participant list; retention check at 12 months.',
      },
    },
  },
  {
    id: 'flexible-working-travel-time',
    text: 'Flexible working initiatives - travel time saved for employees',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'prevention-of-ill-health'],
    outcomes: ['employee-wellbeing', 'carers-quality-of-life'],
    measureType: 'hours',
    unit: 'hours of travel time saved',
    keywords: [
      'hybrid working',
      'remote working',
      'working from home',
      'WFH',
      'homeworking',
      'agile working',
      'commuting',
      'compressed hours',
      'flexitime',
      'work-life balance',
      'teleworking',
    ],
    notes: [
      'Since 6 April 2024 employees have had the right to request flexible working from their first day of employment (Employment Relations (Flexible Working) Act 2023 and the Flexible Working (Amendment) Regulations 2023). Commitments should go beyond this statutory baseline.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will offer flexible working to staff delivering {contractName}, such as home, hybrid or locally based working and flexible hours, where this does not affect the service, and will record the employee travel time saved throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the flexible working initiatives you will offer employees on {contractName} that reduce their travel time, and estimate the hours of travel saved each year. Explain which roles they apply to, how service quality will be protected, and how travel time saved will be calculated. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Which roles can work from home, hybrid, from a nearer base or on compressed hours, and which cannot and why.',
          'An estimate of annual travel time saved, with a transparent method, for example days worked from home multiplied by each person’s usual return commute.',
          'How the service will not suffer: cover arrangements, response times and supervision.',
          'Links to staff wellbeing and to carbon reduction, without double counting any transport emissions commitment.',
        ],
        scoring: {
          0: 'No answer, or flexible working that would reduce service cover.',
          1: 'A reference to a flexible working policy only.',
          2: 'Initiatives described in general terms, not tied to roles and with no estimate of travel time saved.',
          3: 'Initiatives defined by role, but hours of travel saved not estimated or the method not stated.',
          4: 'Initiatives defined by role (including which roles cannot use them and why), a transparent estimate of yearly hours saved, and safeguards for cover, response times and supervision.',
          5: 'Everything in a 4, plus the link to staff wellbeing and carbon reduction explained and no double counting with any transport emissions commitment.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours of commuting or business travel time saved by employees working on the contract through flexible working, calculated by the agreed method (for example days not commuted multiplied by the usual return commute time).',
        unit: 'hours',
        target: '{target} hours of employee travel time saved in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Anonymised records of flexible working arrangements and of days worked remotely or from a nearer base, with the calculation used; staff survey of usual commute times.',
      },
    },
  },
  {
    id: 'equal-distribution-of-care',
    text: 'Opportunities created for more equal distribution of care among household members.',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'best-start', 'healthy-standard-of-living'],
    outcomes: ['carers-quality-of-life', 'equal-opportunities', 'best-start-in-life'],
    measureType: 'number',
    unit: 'employees taking up care-sharing opportunities',
    keywords: [
      'shared parental leave',
      'paternity leave',
      'carer’s leave',
      'carers leave',
      'caring responsibilities',
      'unpaid care',
      'childcare',
      'fathers',
      'working parents',
      'family-friendly policies',
      'gender equality',
    ],
    notes: [
      'Statutory rights have grown since the framework was written: since 6 April 2024 employees can take up to one week of unpaid carer’s leave a year (Carer’s Leave Act 2023), and paternity leave can be taken as two separate weeks within a year of the birth. Opportunities created under this indicator should go beyond these minimums.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will create opportunities for employees working on {contractName} to share caring responsibilities more equally within their households, for example through enhanced paternity and shared parental leave, paid carer’s leave and flexible working open to all, and will promote take-up, particularly by men, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What opportunities will you create for employees working on {contractName} to share care more equally with other members of their household? Describe the policies and benefits you offer beyond the statutory minimum, how you will encourage take-up by staff of all genders, and how you will measure it. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Enhanced pay for paternity and shared parental leave, and paid carer’s leave beyond the statutory unpaid week.',
          'Flexible working genuinely available to all staff, and said to be so in job adverts.',
          'Active encouragement for men to use these options, for example through senior role models and guidance for managers.',
          'Take-up tracked by gender and reported every year.',
        ],
        scoring: {
          0: 'No answer, or statutory entitlements described as an initiative.',
          1: 'Statutory leave entitlements only, with nothing offered beyond them.',
          2: 'One entitlement above the statutory minimum, with no promotion to staff.',
          3: 'Several entitlements above the statutory minimum (such as enhanced paternity or shared parental pay, or paid carer’s leave), but no active promotion to staff of all genders or no monitoring.',
          4: 'Entitlements above the statutory minimum, flexible working open to all and stated in job adverts, and active promotion to men through role models and guidance for managers.',
          5: 'Everything in a 4, plus take-up by gender tracked and reported every year.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Number of employees working on the contract who take up enhanced paternity, shared parental or carer’s leave, or flexible working for caring reasons, broken down by gender.',
        unit: 'employees',
        target: '{target} employees taking up care-sharing opportunities in each contract year',
        frequency: 'annually',
        evidence:
          'Anonymised HR data on leave and flexible working take-up by gender; copies of the policies showing enhancements above statutory entitlements.',
      },
    },
  },
  {
    id: 'training-weeks',
    text: 'No. of weeks spent on training opportunities on contract (BTEC, City & Guilds, NVQ, HNC) that have either been completed during the year, or that will be supported by the organisation to completion in the following years - Level 2,3, or 4+.',
    themes: ['social', 'economic'],
    marmotPriorities: ['maximise-potential', 'fair-employment'],
    outcomes: ['maximise-capabilities', 'local-employment'],
    measureType: 'weeks',
    unit: 'weeks of training',
    keywords: [
      'qualifications',
      'vocational training',
      'upskilling',
      'skills',
      'learning',
      'professional development',
      'CPD',
      'diploma',
      'RQF',
      'further education',
      'college',
      'Skills Bootcamps',
    ],
    notes: [
      'Most vocational qualifications, including BTECs, City & Guilds awards and qualifications with NVQ in their title, now sit on Ofqual’s Regulated Qualifications Framework (RQF), whose levels run from entry level to level 8. Level 4+ covers higher technical qualifications such as the HNC.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will provide accredited training at levels 2, 3 and 4+ (such as BTEC, City & Guilds, NVQ and HNC) for people working on {contractName}, supporting each learner to complete even where the course runs beyond the contract year, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many weeks of accredited training (for example BTEC, City & Guilds, NVQ or HNC) at levels 2, 3 and 4+ will you provide on {contractName}? Set out the qualifications and levels, the number of learners, who will be offered them and how you will support learners to complete. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The commitment broken down by qualification, level, number of learners and training weeks in each contract year.',
          'Qualifications linked to skills the contract and the local economy need, with the college or training provider named.',
          'Priority for staff who are lower paid or hold fewer qualifications.',
          'Support for learners to completion, including study time and course costs, with completion rates tracked.',
        ],
        scoring: {
          0: 'No answer, or training that is not accredited.',
          1: 'A reference to general training budgets only.',
          2: 'A total number of training weeks, with no qualifications, levels or providers.',
          3: 'Training weeks by qualification and level, but no named provider, no priority for staff with fewer qualifications, or no support to completion.',
          4: 'Training weeks broken down by qualification, level, learners and contract year, a named college or training provider, priority for lower-paid staff or those with fewer qualifications, and study time and course costs covered.',
          5: 'Everything in a 4, plus completion rates tracked and reported each year and qualifications linked to skills the local economy needs.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of weeks of accredited training at levels 2, 3 and 4+ undertaken by people working on the contract, counting courses completed in the year or supported to completion, reported by level.',
        unit: 'weeks',
        target: '{target} weeks of accredited training in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Learner register with qualification, level, awarding body, start date, expected completion date and weeks counted; enrolment confirmations from the training provider; certificates on completion.',
      },
    },
  },
  {
    id: 'apprenticeship-weeks',
    text: 'No. of weeks of apprenticeships on the contract that have either been completed during the year, or that will be supported by the organisation to completion in the following years - Level 2,3, or 4+',
    themes: ['social', 'economic'],
    marmotPriorities: ['maximise-potential', 'fair-employment'],
    outcomes: ['maximise-capabilities', 'local-employment', 'jobs-disadvantaged-people'],
    measureType: 'weeks',
    unit: 'weeks of apprenticeship',
    keywords: [
      'apprenticeship standards',
      'apprenticeship levy',
      'higher apprenticeships',
      'degree apprenticeships',
      'end-point assessment',
      'EPA',
      'off-the-job training',
      'trainees',
      'earn while you learn',
      'skills',
      'jobs',
    ],
    notes: [
      'Apprenticeships in England now run from level 2 to level 7, each based on an apprenticeship standard and ending in an end-point assessment. Level 4+ covers higher and degree apprenticeships (levels 4 to 7).',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will create and sustain apprenticeships at levels 2, 3 and 4+ on {contractName}, supporting each apprentice through to their end-point assessment, including beyond the contract year in which they started, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many weeks of apprenticeships will you provide on {contractName}, at what levels and on which apprenticeship standards? Describe how you will recruit apprentices, including from {locality} and from under-represented groups, how you will support them to complete, and what happens when they finish. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Numbers of apprentices, standards, levels and apprenticeship weeks in each contract year, with new starts shown separately from existing apprentices.',
          'The training provider and end-point assessment arrangements, with off-the-job training time protected.',
          'Local recruitment, with apprenticeships open to care leavers, disabled people and others who face barriers, and the adjustments they need.',
          'A workplace mentor, progress monitored, and a job or progression for apprentices who complete.',
          'Achievement rates tracked and reported.',
        ],
        scoring: {
          0: 'No answer, or apprenticeships with no link to the contract.',
          1: 'Intentions linked only to apprenticeship levy spend.',
          2: 'Numbers of apprentices, with no standards, levels or weeks.',
          3: 'Numbers and weeks by standard and level, but little on completion support or inclusive recruitment.',
          4: 'Numbers and weeks by standard and level in each contract year, new starts shown separately, a named training provider, protected off-the-job training, local and inclusive recruitment, and a workplace mentor.',
          5: 'Everything in a 4, plus a job or progression offered to apprentices who complete, and achievement rates reported each year.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of apprenticeship weeks on the contract (each apprentice’s weeks employed on the contract in the period, added together), counting apprenticeships completed in the year or supported to completion, reported by level and standard.',
        unit: 'weeks',
        target: '{target} apprenticeship weeks in each contract year',
        frequency: 'quarterly',
        evidence:
          'Apprentice register with standard, level, start date, planned end date and weeks on the contract; training plans agreed with the training provider; end-point assessment results; employment status after completion.',
      },
    },
  },
  {
    id: 'work-placements',
    text: 'No. of weeks spent on meaningful work placements or pre-employment course; 1-6 weeks student placements (unpaid and accessible to all young people under 24 yrs old).',
    themes: ['social', 'economic'],
    marmotPriorities: ['maximise-potential', 'fair-employment'],
    outcomes: ['maximise-capabilities', 'equal-opportunities'],
    measureType: 'weeks',
    unit: 'weeks of work placement',
    keywords: [
      'work experience',
      'job tasters',
      'school placements',
      'college students',
      'T Level industry placements',
      'traineeships',
      'sector-based work academy',
      'SWAP',
      'employability',
      'careers',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will offer meaningful work placements and pre-employment courses on {contractName}, including unpaid student placements of one to six weeks open to all young people under 24, each with planned activities, supervision and feedback, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many weeks of meaningful work placements or pre-employment courses will you provide through {contractName}? Describe the placements and courses, how you will make them accessible to all young people under 24 (including disabled young people and those from disadvantaged backgrounds), and what participants will gain. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A number of placements and total placement weeks in each contract year, with student placements of one to six weeks shown separately from pre-employment courses.',
          'A definition of meaningful: a planned programme of real tasks, a named supervisor, feedback at the end and a reference.',
          'Joint work with local schools, colleges, the council’s careers and employment services and Jobcentre Plus to reach young people who would not otherwise get such opportunities.',
          'Barriers removed, such as travel and meal costs, and reasonable adjustments made, so that unpaid placements are open to all.',
          'What happens next tracked, such as applications, interviews or jobs offered.',
        ],
        scoring: {
          0: 'No answer, or placements that are not open to all young people under 24.',
          1: 'Occasional work experience on request, with no placement weeks committed.',
          2: 'A number of placements, with no structure, outreach or help with costs.',
          3: 'Yearly placement weeks with a structured programme, but no outreach to young people facing disadvantage or no help with travel and meal costs.',
          4: 'Yearly placement weeks (student placements shown separately), a planned programme with a named supervisor and a reference, outreach through schools, colleges and Jobcentre Plus, and help with travel and meal costs.',
          5: 'Everything in a 4, plus reasonable adjustments for disabled young people and follow-up of what participants go on to do.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of weeks of meaningful work placement or pre-employment course delivered (participants multiplied by weeks), with student placements of one to six weeks for people under 24 reported separately.',
        unit: 'weeks',
        target: '{target} weeks of work placements or pre-employment courses in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Placement register with age band, start and end dates, placement plan and supervisor; attendance records for pre-employment courses; participant feedback and next-step outcomes.',
      },
    },
  },
  {
    id: 'paid-internships',
    text: 'Meaningful work placements that pay Minimum or National Living Wage according to eligibility - 6 weeks or more (internships that are accessible to all young people under 24 yrs old).',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment', 'maximise-potential'],
    outcomes: ['maximise-capabilities', 'equal-opportunities', 'healthy-standard-of-living'],
    measureType: 'weeks',
    unit: 'weeks of paid placement',
    keywords: [
      'paid internships',
      'paid placements',
      'graduate schemes',
      'summer placements',
      'sandwich placements',
      'work experience',
      'minimum wage',
      'NMW',
      'NLW',
      'jobs',
      'careers',
    ],
    notes: [
      'Since 1 April 2024 the statutory National Living Wage applies to workers aged 21 and over; National Minimum Wage rates apply to younger workers and apprentices. Rates change each April. Interns who count as workers are entitled to the minimum wage.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will offer paid work placements and internships of six weeks or more on {contractName}, paying at least the National Minimum Wage or National Living Wage for each intern’s age, open to all young people under 24, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many paid internships of six weeks or more will you offer through {contractName}, and how many weeks in total? Describe the roles and pay, how you will advertise and select fairly so that they are open to all young people under 24, and the support and outcomes interns can expect. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The number of internships, their length and the total weeks in each contract year, with pay of at least the legal minimum for each intern’s age (ideally the real Living Wage).',
          'Open advertising and selection on potential rather than contacts or previous unpaid experience, with outreach to young people from disadvantaged backgrounds and reasonable adjustments for disabled applicants.',
          'A structured programme of real work, a supervisor or mentor, and a reference.',
          'Outcomes tracked, such as job offers, apprenticeships or further study.',
        ],
        scoring: {
          0: 'No answer, or internships that would be unpaid.',
          1: 'An intention to offer internships, with no numbers, length or pay.',
          2: 'Paid internships mentioned, with no numbers, length or pay rate.',
          3: 'Paid internships of six weeks or more with yearly numbers and weeks, but no outreach or no structured programme.',
          4: 'Yearly numbers and weeks of internships of six weeks or more, pay of at least the legal minimum for each intern’s age, open advertising and selection on potential, and a structured programme with a supervisor.',
          5: 'Everything in a 4, plus pay at the real Living Wage, outreach to young people from disadvantaged backgrounds and outcomes such as job offers tracked.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of weeks of paid work placement or internship (each lasting six weeks or more) for people under 24, paid at least the applicable National Minimum Wage or National Living Wage.',
        unit: 'weeks',
        target: '{target} weeks of paid internships in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Intern register with age band, start and end dates and hourly pay; payroll extract confirming pay rates; recruitment advert and selection summary; outcomes at the end of each placement.',
      },
    },
  },
];
