/**
 * Economic-only indicators of the Cheshire East framework (ids 29-50), in the
 * seed's order. `text` is the seed's wording verbatim; everything else
 * (classification, keywords, notes, stage wording) is added beside it.
 * Indicators listed under both Social and Economic live in social.ts.
 */
import type { Indicator } from '../../schema';
import { LOCAL_NON_DISCRIMINATION_NOTE } from '../legal-notes';

// The seed's indicator asks the legal question; the scored question asks only
// what goes beyond it. Sources: Modern Slavery Act 2015 s.54 and the
// Transparency in Supply Chains Regulations 2015 (turnover threshold); PPN 009
// (February 2025) on the Procurement Act's exclusion grounds.
const MODERN_SLAVERY_CHECK_NOTE =
  'Ask the legal requirement as a pass/fail check when assessing suppliers, not in the scored question: "Do you carry on business in the UK with a total annual turnover of £36 million or more, so that section 54 of the Modern Slavery Act 2015 requires you to publish a slavery and human trafficking statement? If yes, give the link to your statement for the latest financial year." Certain Modern Slavery Act offences are also exclusion grounds under the Procurement Act 2023. The scored tender question below asks only about what the bidder will do beyond the legal requirement.';

// Shared by the two reserved-contract records: the seed cites the 2015
// Regulations, which the Procurement Act 2023 has replaced for new procurements.
// Source: Procurement Act 2023 s.32 (legislation.gov.uk) and the Cabinet
// Office guidance on reserving contracts for supported employment providers.
const RESERVED_CONTRACTS_NOTE =
  'The seed cites the Public Contracts Regulations 2015 (regulation 20). For procurements begun on or after 24 February 2025 the Procurement Act 2023 applies instead. Under section 32, reserving a contract is a power of the contracting authority: a competitive flexible procedure may exclude suppliers that are not supported employment providers, and their tenders are then disregarded. A supported employment provider is an organisation that operates wholly or partly to provide employment, or employment-related support, to disabled or disadvantaged people, where they make up at least 30 per cent of its workforce (or of the part of the organisation, or of the combined workforce of the organisations, that will perform the contract) (section 32(4)). The government’s guidance says the new wording changes terminology, not policy intent. A bidder cannot reserve a contract, so the stage wording asks how much of the bidder’s own supply chain work will go to organisations that meet the same test. Procurements begun before 24 February 2025 continue under the 2015 Regulations.';

export const economicIndicators: Indicator[] = [
  {
    id: 'jobs-for-disabled-people',
    text: 'No. of jobs (FTE) created for people with disabilities.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['jobs-long-term-conditions', 'jobs-disadvantaged-people', 'equal-opportunities'],
    measureType: 'fte',
    unit: 'FTE jobs',
    keywords: [
      'disabled people',
      'disability',
      'Disability Confident',
      'learning disabilities',
      'supported employment',
      'reasonable adjustments',
      'Access to Work',
      'employment',
      'recruitment',
      'hiring',
      'inclusive recruitment',
      'neurodivergent',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will create new jobs on {contractName} for disabled people, as defined by the Equality Act 2010, and will make the reasonable adjustments each person needs to stay and progress in work, across {locality} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'State how many new full-time equivalent (FTE) jobs you will create for disabled people through {contractName}, the roles, hours and pay they will offer, how you will recruit into them with local disability and supported employment services, and the adjustments and in-work support that will help people stay in those jobs. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A firm number of new FTE jobs for disabled people, profiled by contract year, with job titles, contracted hours and rates of pay.',
          'A recruitment route designed to reach disabled candidates: guaranteed interviews, job carving, working interviews instead of formal panels where suitable, and referral partnerships with supported employment services and Jobcentre Plus.',
          'How reasonable adjustments are agreed, made and paid for (including use of Access to Work), and how line managers are trained to support them.',
          'Retention and progression support such as a job coach or named mentor, with a target for the share of people still in post after six and twelve months.',
          'The current Disability Confident level, or a dated plan to reach Disability Confident Employer or Leader during the contract.',
        ],
        scoring: {
          0: 'No answer, or jobs that already exist relabelled as new.',
          1: 'General support for disability inclusion, with no numbers or plan.',
          2: 'A number of jobs for disabled people, but no roles, hours or pay and no recruitment route.',
          3: 'A yearly FTE commitment with roles, hours and pay, but gaps in how candidates will be reached, how adjustments will be made or how jobs will be evidenced.',
          4: 'A yearly FTE commitment with job titles, hours and pay, a recruitment route with named partners such as supported employment services and Jobcentre Plus, reasonable adjustments agreed and funded (including Access to Work), and a verifiable reporting method.',
          5: 'Everything in a 4, plus a job coach or mentor, a target for people still in post at six and twelve months, and Disability Confident Employer or Leader status held or dated.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of new jobs on the contract, converted to full-time equivalent on the Provider’s standard full-time hours, filled by people who have declared a disability (Equality Act 2010 definition), counted from each postholder’s start date.',
        unit: 'FTE jobs',
        target: '{target} FTE jobs created for disabled people by the end of each contract year',
        frequency: 'quarterly',
        evidence:
          'Anonymised payroll extract listing role, start date, contracted hours and FTE for each post, with HR confirmation that each postholder self-declared a disability (no medical details to be shared).',
      },
    },
  },
  {
    id: 'staff-wellbeing',
    text: 'Demonstrate commitment to work practices that improve staff wellbeing, recognise mental health as an issue and reduce absenteeism due to ill health. Identify time dedicated for wellbeing courses.',
    themes: ['economic'],
    marmotPriorities: ['prevention-of-ill-health', 'fair-employment'],
    outcomes: ['employee-wellbeing', 'healthy-standard-of-living'],
    measureType: 'hours',
    unit: 'hours of wellbeing courses',
    keywords: [
      'employee health',
      'workplace wellbeing',
      'well-being',
      'sickness absence',
      'absence management',
      'stress',
      'employee assistance programme',
      'EAP',
      'occupational health',
      'HSE Management Standards',
      'Thriving at Work',
      'work-life balance',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will run a staff wellbeing programme for everyone working on {contractName}, with dedicated time for wellbeing courses, practical support for mental health and action to reduce sickness absence, reporting progress throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Set out the work practices you will put in place for staff delivering {contractName} to improve their wellbeing, treat mental health as seriously as physical health and reduce sickness absence. State how many hours of wellbeing courses staff will receive each year and how you will measure whether your approach is working. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A wellbeing policy or strategy owned by a named senior leader, covering mental and physical health, with work-related stress risks assessed (for example against the HSE Management Standards).',
          'A stated number of hours of wellbeing courses each year, delivered in paid time and open to all staff, including part-time, night and shift workers.',
          'Support beyond courses: an employee assistance programme, occupational health referral, flexible working and a phased return-to-work process.',
          'A sickness absence baseline (working days lost per FTE, by cause where possible) with a reduction target, and a staff survey measure of wellbeing reviewed with staff.',
        ],
        scoring: {
          0: 'No answer, or only the legal health and safety minimum.',
          1: 'A wellbeing policy statement only, with no course hours or support services.',
          2: 'Some wellbeing activity, with no course hours stated and no sickness absence figures.',
          3: 'A stated number of wellbeing course hours and named support services, but no sickness absence baseline or no measurable reduction target.',
          4: 'A stated number of wellbeing course hours in paid time open to all staff including shift workers, an employee assistance programme and occupational health, and a sickness absence baseline with a reduction target.',
          5: 'Everything in a 4, plus work-related stress risks assessed against the HSE Management Standards and results reviewed with staff each year through a staff survey.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Total hours of wellbeing courses attended in paid time by staff working on the contract, reported alongside the contract workforce’s sickness absence rate (working days lost per FTE) for the same period.',
        unit: 'hours',
        target: '{target} hours of wellbeing courses attended by contract staff in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Training attendance records (course title, date, length and number attending), the current wellbeing policy, and an HR sickness absence report for the contract workforce.',
      },
    },
  },
  {
    id: 'mental-health-first-aid',
    text: 'The number of people (including as a %) in your workforce that are mental health first aid trained.',
    themes: ['economic'],
    marmotPriorities: ['prevention-of-ill-health', 'fair-employment'],
    outcomes: ['employee-wellbeing'],
    measureType: 'percent',
    unit: '% of workforce',
    keywords: [
      'MHFA',
      'MHFA England',
      'mental health first aiders',
      'first aider',
      'mental health champions',
      'staff mental health',
      'workplace mental health',
      'mental wellbeing',
      'wellbeing',
      'training',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will train and keep up to date enough mental health first aiders among the staff delivering {contractName} that everyone working on the contract can reach one on every site and shift across {locality} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many people in your workforce, and what percentage, are currently trained in mental health first aid, and how will you increase and sustain that coverage for staff delivering {contractName}? Explain which accredited course you use, how first aiders are supported and how staff know how to reach them. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The current number and percentage of the workforce trained, with a target for the contract workforce and the date by which it will be reached.',
          'Accredited mental health first aid training, with refresher training before certificates lapse.',
          'Coverage planned by site and shift pattern, so that lone, remote and night workers can reach a first aider.',
          'Supervision and support for the first aiders themselves, and clear signposting to professional help such as an employee assistance programme, the GP and NHS Talking Therapies.',
        ],
        scoring: {
          0: 'No answer, or no trained mental health first aiders and no plan to train any.',
          1: 'Mental health first aiders mentioned, with no number or percentage trained.',
          2: 'A current number of trained staff, but no target for the contract workforce.',
          3: 'A baseline and a target, but no date, no refresher plan or no cover for every site and shift.',
          4: 'A baseline number and percentage, a dated coverage target for the contract workforce, accredited training refreshed before certificates lapse, and cover planned for every site and shift.',
          5: 'Everything in a 4, plus supervision for the first aiders themselves and clear signposting to professional help.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Number of staff working on the contract who hold an in-date certificate from an accredited mental health first aid course, and that number as a percentage of the contract headcount on the reporting date.',
        unit: '% of contract workforce',
        target: '{target}% of the contract workforce holding in-date mental health first aid certificates, with at least one trained first aider on every site and shift',
        frequency: 'six-monthly',
        evidence:
          'List of trained staff showing role, site and certificate expiry date (names may be withheld), certificates available on request, and the headcount used to calculate the percentage.',
      },
    },
  },
  {
    id: 'time-to-change-pledge',
    text: "Have you signed up to Time to Change pledge? If Yes, please upload your Employer's Pledge.",
    themes: ['economic'],
    marmotPriorities: ['prevention-of-ill-health', 'fair-employment'],
    outcomes: ['employee-wellbeing', 'equal-opportunities'],
    measureType: 'yes-no',
    unit: 'yes/no',
    keywords: [
      'Mental Health at Work Commitment',
      'mental health stigma',
      'anti-stigma',
      'discrimination',
      'Mind',
      'Rethink Mental Illness',
      'workplace mental health',
      'Thriving at Work',
    ],
    notes: [
      'Time to Change, the national anti-stigma campaign run by Mind and Rethink Mental Illness, closed on 31 March 2021; applications for its Employer Pledge closed in 2020, so no new pledges can be made. A pledge signed before then shows past commitment only. Consider asking instead for a current equivalent, such as signing up to the Mental Health at Work Commitment, with evidence of the actions taken under it.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will hold and act on a public commitment to tackle mental health stigma and discrimination at work, such as a Time to Change Employer Pledge made before the campaign closed or a current equivalent like the Mental Health at Work Commitment, for the whole of {contractTerm}.',
      },
      procurement: {
        question:
          'Has your organisation made a public commitment to tackle mental health stigma and discrimination in the workplace, such as a Time to Change Employer Pledge (the campaign closed in 2021) or a current equivalent such as the Mental Health at Work Commitment? If yes, upload the pledge or commitment and describe the actions you have taken under it and will take for staff delivering {contractName}. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A copy of the pledge or commitment, with the date it was made and the senior leader who owns it.',
          'The action plan behind it and what has been done so far, for example manager training, staff champions and changes to absence and return-to-work policies.',
          'What it will mean in practice for staff on this contract, including how they can talk about their mental health or raise concerns without fear of discrimination.',
          'How progress is measured, such as staff survey results on openness about mental health.',
        ],
        scoring: {
          0: 'No commitment on workplace mental health and no plan to make one.',
          1: 'No commitment yet, but a dated plan to make one during the first contract year.',
          2: 'A pledge or commitment uploaded, with no evidence of actions taken under it.',
          3: 'A current commitment (such as the Mental Health at Work Commitment) with some actions already taken, but no plan specific to staff on this contract.',
          4: 'A current commitment owned by a named senior leader, with actions already taken (such as manager training or staff champions) and a specific plan for staff on this contract.',
          5: 'Everything in a 4, plus progress measured through staff survey results on openness about mental health and reported each year.',
        },
        scoringGuidance:
          'Time to Change closed in 2021. A pledge made before then, with no current commitment, scores no more than 2.',
        responseLimitWords: 250,
      },
      contractManagement: {
        measure:
          'Whether the Provider holds a current public commitment on workplace mental health (such as the Mental Health at Work Commitment), and the number of actions from its action plan completed in the period.',
        unit: 'yes/no',
        target: 'Commitment in place from the contract start date, with {target} actions from its action plan completed in each contract year',
        frequency: 'annually',
        evidence:
          'Copy of the pledge or commitment and its action plan, with an annual progress statement signed by the senior leader who owns it.',
      },
    },
  },
  {
    id: 'vcse-spend',
    text: 'Total amount (£) spent with VCSEs within your supply chain.',
    themes: ['economic'],
    marmotPriorities: ['healthy-standard-of-living'],
    outcomes: ['vcse-partnerships', 'supply-chain-social-value'],
    measureType: 'gbp',
    unit: '£',
    keywords: [
      'charity',
      'charities',
      'voluntary sector',
      'third sector',
      'community groups',
      'social enterprise',
      'voluntary and community sector',
      'VCFS',
      'not-for-profit',
      'community interest company',
      'CIC',
      'subcontracting',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will buy goods and services from voluntary, community and social enterprise (VCSE) organisations within its supply chain for {contractName}, favouring those based in {locality}, and will report the value of that spend throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How much will you spend with voluntary, community and social enterprise (VCSE) organisations in your supply chain for {contractName}, on which goods or services, and how will you make it practical for them to bid, deliver and be paid promptly? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ value of VCSE spend for each contract year, also shown as a percentage of total contract spend, tied to identified packages of work.',
          'Named VCSE suppliers, or a credible way of finding them, such as local VCSE infrastructure organisations and directories in {locality}.',
          'Terms that suit small organisations: proportionate insurance and due diligence, contract lengths that allow planning, and payment within 30 days or sooner.',
          'A clear test of what counts as a VCSE (for example a registered charity, community interest company or community benefit society) so that spend is not overstated.',
        ],
        scoring: {
          0: 'No answer, or no spend with VCSE organisations.',
          1: 'An intention to use VCSE suppliers, with no £ figure.',
          2: 'A figure with no packages of work and no definition of a VCSE.',
          3: 'A yearly £ value tied to packages of work, but little on how VCSEs will be found or on payment terms.',
          4: 'A yearly £ value and percentage of contract spend tied to identified packages, named VCSE suppliers or a credible way of finding them, and terms that suit small organisations, including payment within 30 days.',
          5: 'Everything in a 4, plus a clear test of what counts as a VCSE and spend reported from the purchase ledger each quarter.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Total value (£, excluding VAT) paid to VCSE organisations for goods and services supplied to the contract in the period.',
        unit: '£',
        target: '£{target} spent with VCSE organisations in each contract year',
        frequency: 'quarterly',
        evidence:
          'Purchase ledger extract listing each VCSE supplier, its charity, company or society registration number, invoice dates and amounts paid.',
      },
    },
  },
  {
    id: 'business-advice-vcse-sme',
    text: "Provision of expert business advice to VCSEs and SMEs that support people's health and wellbeing (e.g. financial advice / legal advice / HR advice/HSE).",
    themes: ['economic'],
    marmotPriorities: ['healthy-standard-of-living', 'prevention-of-ill-health'],
    outcomes: ['vcse-partnerships', 'existing-resources', 'friendly-business-environment'],
    measureType: 'hours',
    unit: 'hours of expert advice',
    keywords: [
      'pro bono',
      'mentoring',
      'business support',
      'professional support',
      'small businesses',
      'small and medium-sized enterprises',
      'charity',
      'voluntary sector',
      'capacity building',
      'skills sharing',
      'accountancy',
      'health and safety',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give free expert business advice (for example finance, legal, HR and health and safety) to voluntary, community and social enterprise organisations and small businesses in {locality} that support people’s health and wellbeing, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the expert business advice your staff will give free of charge during {contractName} to VCSEs and SMEs in {locality} that support people’s health and wellbeing: the subjects covered, the number of hours, who will give it, and how organisations will be found and their needs agreed. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A number of hours of advice for each contract year, given by named professional roles such as accountant, solicitor, HR adviser or health and safety officer.',
          'A way of finding organisations that need the help, through local VCSE infrastructure bodies and business networks, and of agreeing what each one wants to achieve.',
          'Advice that leaves lasting capability, such as policies written, accounts put in order or funding bids submitted, rather than one-off talks.',
          'Feedback from each organisation supported and a short record of what changed as a result.',
        ],
        scoring: {
          0: 'No answer, or advice that VCSEs and SMEs would be charged for.',
          1: 'An offer of advice on request only, with no hours committed.',
          2: 'Some hours of advice, with no subjects, advisers or way of finding organisations.',
          3: 'A number of hours from qualified staff, but vague on which organisations will be reached or what each will achieve.',
          4: 'A yearly number of hours from named professional roles, organisations found through local VCSE infrastructure bodies and business networks, and goals agreed with each organisation.',
          5: 'Everything in a 4, plus advice that leaves lasting capability (such as policies written or funding bids submitted) and feedback recorded from each organisation.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Hours of expert advice given free of charge by qualified staff to VCSEs and SMEs (fewer than 250 employees) that support people’s health and wellbeing, with the number of organisations supported.',
        unit: 'hours',
        target: '{target} hours of expert business advice given to VCSEs and SMEs in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Advice log (organisation, date, adviser’s role, subject and hours) with feedback or a signed confirmation from each organisation supported.',
      },
    },
  },
  {
    id: 'donations-to-vcse',
    text: 'Equipment or resources donated to VCSEs (£ equivalent value).',
    themes: ['economic'],
    marmotPriorities: ['healthy-standard-of-living'],
    outcomes: ['vcse-partnerships', 'existing-resources'],
    measureType: 'gbp',
    unit: '£ equivalent value',
    keywords: [
      'in-kind donations',
      'gifts in kind',
      'charity',
      'voluntary sector',
      'third sector',
      'community groups',
      'surplus equipment',
      'furniture',
      'IT equipment',
      'reuse',
      'donated goods',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will donate equipment and resources, including surplus items that would otherwise be thrown away, to voluntary, community and social enterprise organisations in {locality} where they meet a need the organisation has identified, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What equipment or resources will you donate to VCSEs in {locality} during {contractName}, how will you find out what they actually need, and how will you value the donations? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ equivalent value of donations for each contract year, with examples of the items or resources (for example IT equipment, furniture, vehicles, printing or food).',
          'Donations matched to needs that organisations have asked for, not unwanted items passed on; IT equipment securely wiped and electrical items safety-tested.',
          'A stated valuation method applied consistently, such as second-hand market value for used items and cost price for new ones.',
          'Confirmation from each recipient that the donation was received and is being used.',
        ],
        scoring: {
          0: 'No answer, or donations of items nobody has asked for.',
          1: 'Occasional ad hoc donations only, with no yearly value or recipients.',
          2: 'Donations described, with no £ value or valuation method.',
          3: 'A yearly £ value of donations, but not matched to what VCSEs need, or valued inconsistently.',
          4: 'A yearly £ value based on needs that local VCSEs have stated, a consistent valuation method (second-hand value for used items, cost for new), and IT equipment securely wiped and electrical items tested.',
          5: 'Everything in a 4, plus written confirmation from each recipient that the donation was received and is in use.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Equivalent value (£) of equipment and resources donated to VCSE organisations in the period, at fair market value (second-hand value for used items).',
        unit: '£ equivalent value',
        target: '£{target} equivalent value of equipment and resources donated to VCSEs in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Donations register (recipient, item, quantity, date, value and valuation method) with a receipt or acknowledgement from each recipient organisation.',
      },
    },
  },
  {
    id: 'local-supply-chain-spend',
    text: 'Total amount (£) spent in local supply chain through the contract.',
    themes: ['economic'],
    marmotPriorities: ['healthy-standard-of-living', 'fair-employment'],
    outcomes: ['local-employment', 'supply-chain-social-value'],
    measureType: 'gbp',
    unit: '£',
    keywords: [
      'local spend',
      'buy local',
      'local suppliers',
      'local businesses',
      'local economy',
      'community wealth building',
      'SMEs',
      'subcontractors',
      'local multiplier',
      'Cheshire East',
    ],
    notes: [LOCAL_NON_DISCRIMINATION_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will buy from suppliers and subcontractors based in {locality} wherever they offer value for money, and will report the value and share of contract spend kept in the local economy throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How much of the spend on {contractName} will go to suppliers and subcontractors based in {locality}? Give the value and the percentage of contract spend, the goods, services or works packages involved, and how you will help local businesses compete for them. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ value and percentage of contract spend with local suppliers for each contract year, based on a realistic analysis of which packages can be bought locally.',
          'A clear definition of ’local’, such as a branch or operating base within {locality} checked by postcode, agreed with the council before contract start.',
          'Action to open opportunities to local firms: advertising subcontracts locally, meet-the-buyer events, packages sized so that small firms can bid, and prompt payment.',
          'Spend tracked through the purchase ledger and reported supplier by supplier, not estimated.',
        ],
        scoring: {
          0: 'No answer, or no spend with suppliers based in {locality}.',
          1: 'A general preference for local suppliers, with no £ value or percentage.',
          2: 'A figure with no analysis of which packages can be bought locally and no definition of local.',
          3: 'A yearly £ value and percentage, but no agreed definition of local, or no practical steps to open work to local firms.',
          4: 'A yearly £ value and percentage grounded in an analysis of the supply chain, a postcode definition of local agreed before the start, and practical steps such as advertising subcontracts locally and sizing packages so that small firms can bid, with every opportunity open to any supplier wherever it is based.',
          5: 'Everything in a 4, plus spend tracked through the purchase ledger and reported supplier by supplier each quarter.',
        },
        scoringGuidance:
          'Score the commitment and the plan to open work to local firms; do not mark an answer down because it also uses suppliers from outside {locality}.',
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Value (£, excluding VAT) paid to suppliers and subcontractors whose delivering branch or operating base is within {locality}, and that value as a percentage of total contract spend in the period.',
        unit: '£',
        target: '£{target} spent with suppliers based in {locality} in each contract year',
        frequency: 'quarterly',
        evidence:
          'Supplier spend report from the purchase ledger listing each supplier, its operating site’s postcode and the amount paid, reconciled to total contract spend.',
      },
    },
  },
  {
    id: 'local-producers',
    text: 'Evidence of supplies/provisions procured from local producers/suppliers',
    themes: ['economic'],
    marmotPriorities: ['healthy-standard-of-living'],
    outcomes: ['supply-chain-social-value', 'local-employment'],
    measureType: 'percent',
    unit: '% of supplies and provisions spend',
    keywords: [
      'local food',
      'locally sourced',
      'locally grown',
      'farmers',
      'food miles',
      'short supply chains',
      'buy local',
      'catering',
      'provenance',
      'local sourcing',
      'seasonal food',
    ],
    notes: [LOCAL_NON_DISCRIMINATION_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will source supplies and provisions, including food, from producers and suppliers in and around {locality} wherever practicable, and will evidence what has been bought locally throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Which supplies and provisions for {contractName} will you buy from local producers and suppliers, what share of that spend will be local, and how will you show where products came from? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The product categories that can realistically be sourced locally (for example fresh produce, dairy, bakery, printing or cleaning products), with named or typical producers.',
          'A target percentage of spend on those categories going to local producers, and how it will grow over the contract.',
          'Provenance checks: the producer’s name and location recorded on invoices or delivery notes, not just a local wholesaler’s address.',
          'Practical help for small producers to supply, such as flexible order sizes, shared deliveries and prompt payment.',
        ],
        scoring: {
          0: 'No answer, or no supplies or provisions bought from local producers.',
          1: 'A statement of preference for local products.',
          2: 'Some categories named, with no target and no provenance checks.',
          3: 'A category-by-category plan with named or typical producers, but no percentage target or no provenance checks.',
          4: 'A category-by-category plan with a percentage target for local producers, named or typical producers, and provenance recorded by production site on invoices or delivery notes.',
          5: 'Everything in a 4, plus a rising target over the contract and practical help for small producers (flexible order sizes, shared deliveries, prompt payment).',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Value (£) of supplies and provisions bought from producers and suppliers based within {locality} (by production site postcode), as a percentage of total spend on supplies and provisions for the contract.',
        unit: '% of supplies and provisions spend',
        target: '{target}% of spend on supplies and provisions with local producers and suppliers in each contract year',
        frequency: 'quarterly',
        evidence:
          'Purchasing report by product line showing supplier, producer, production site postcode and value, backed by sample invoices or delivery notes.',
      },
    },
  },
  {
    id: 'reserved-contracts-number',
    text: 'Number of contracts reserved for sheltered workshops and economic operators whose main aim is the social and professional integration of disabled or disadvantaged persons (as defined within Public Contracts Regulations 2015).',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['jobs-disadvantaged-people', 'jobs-long-term-conditions', 'supply-chain-social-value'],
    measureType: 'number',
    unit: 'contracts',
    keywords: [
      'supported employment providers',
      'supported businesses',
      'reserved contracts',
      'Procurement Act 2023',
      'section 32',
      'regulation 20',
      'PCR 2015',
      'supported employment',
      'social enterprise',
      'disabled workers',
      'subcontracts',
    ],
    notes: [RESERVED_CONTRACTS_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will place subcontracts under {contractName} with supported employment providers (organisations that provide employment, or employment-related support, to disabled or disadvantaged people, who make up at least 30% of their workforce) wherever the work allows, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many subcontracts for {contractName} will you place with supported employment providers, that is organisations that provide employment, or employment-related support, to disabled or disadvantaged people, who make up at least 30% of their workforce? Name the packages of work, explain how you will check that each provider meets that test, and how you will help them deliver. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The number of subcontracts to be placed with supported employment providers in each contract year and the specific packages of work, for example grounds maintenance, printing, packing, catering or recycling.',
          'A check that each provider meets the test in section 32(4) of the Procurement Act 2023: disabled or disadvantaged people make up at least 30% of its workforce, or of the part of it that will do the work.',
          'Known providers in or near {locality}, or a plan for market engagement to find them.',
          'Terms that let supported employment providers succeed: realistic volumes and lead times, and payment within 30 days.',
        ],
        scoring: {
          0: 'No answer, or work placed with organisations that do not meet the test for a supported employment provider.',
          1: 'Willingness to consider supported employment providers, with no number or work packages.',
          2: 'A number of subcontracts for supported employment providers, with no work packages and no eligibility check.',
          3: 'A yearly number of subcontracts tied to suitable work packages, but no check that each provider meets the 30% workforce test, or no known providers.',
          4: 'A yearly number of subcontracts tied to suitable work packages (such as grounds maintenance, printing or catering), a check that each provider meets the section 32 test, and known providers in or near {locality} or a plan to find them.',
          5: 'Everything in a 4, plus terms that let supported employment providers succeed: realistic volumes and lead times, and payment within 30 days.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of subcontracts let for the contract in the period to supported employment providers (organisations in which disabled or disadvantaged people make up at least 30% of the workforce).',
        unit: 'contracts',
        target: '{target} subcontracts placed with supported employment providers over the contract term',
        frequency: 'annually',
        evidence:
          'Register of subcontracts with supported employment providers (provider, scope, start date and value), with each provider’s statement of its purpose and the share of its workforce who are disabled or disadvantaged.',
      },
    },
  },
  {
    id: 'sheltered-workshops-minimum-wage',
    text: 'Sheltered workshops and social enterprises that pay their workers the national minimum wage or above.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['healthy-standard-of-living', 'jobs-disadvantaged-people', 'supply-chain-social-value'],
    measureType: 'number',
    unit: 'organisations',
    keywords: [
      'supported employment providers',
      'supported businesses',
      'National Living Wage',
      'NLW',
      'NMW',
      'fair pay',
      'low pay',
      'disabled workers',
      'real Living Wage',
    ],
    notes: [
      "Under the Procurement Act 2023 (section 32), sheltered workshops are among the organisations now called 'supported employment providers'.",
      'The statutory minimum for workers aged 21 and over is now called the National Living Wage (the National Minimum Wage rates apply below that age). Both are set by the government and are different from the voluntary real Living Wage set by the Living Wage Foundation.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will use sheltered workshops (supported employment providers) and social enterprises in its supply chain for {contractName} only where they pay every worker at least the statutory minimum wage for their age, and will encourage them towards the real Living Wage, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Which sheltered workshops (supported employment providers) and social enterprises will you work with on {contractName}, and how will you make sure that every worker they employ on the contract, including disabled workers, is paid at least the National Minimum Wage or National Living Wage for their age? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The supported employment providers and social enterprises to be used and the work each will do on the contract.',
          'A contract requirement that all their workers, including those on supported or trainee terms, are paid at least the statutory minimum for their age, and that no contract work is done unpaid.',
          'How pay will be checked, for example a pay rate declaration at appointment and annual sample checks of anonymised payslips.',
          'Any commitment beyond the legal minimum, such as support for providers to become accredited real Living Wage employers.',
        ],
        scoring: {
          0: 'No answer, or any contract work done unpaid or below the statutory minimum.',
          1: 'An assurance that workers are paid the statutory minimum, with no contract term or check.',
          2: 'Organisations named, with no pay requirement in their contracts.',
          3: 'Named organisations and a contractual requirement to pay at least the statutory minimum for each worker’s age, but no checks.',
          4: 'Named organisations and the work each will do, a contractual pay requirement covering supported and trainee terms, and checks through pay rate declarations and annual sample checks of anonymised payslips.',
          5: 'Everything in a 4, plus a step beyond the legal minimum, such as support for providers to become accredited real Living Wage employers.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Number of sheltered workshops (supported employment providers) and social enterprises in the contract supply chain that pay all their workers at least the National Minimum Wage or National Living Wage for their age, out of the total number of such organisations used.',
        unit: 'organisations',
        target: '{target} sheltered workshops and social enterprises in the supply chain, every one confirmed as paying at least the statutory minimum wage, in each contract year',
        frequency: 'annually',
        evidence:
          'Signed pay declaration from each organisation stating its lowest hourly rate for each age band, with anonymised payslip samples available on request.',
      },
    },
  },
  {
    id: 'reserved-contracts-spend',
    text: 'Total spend on contracts reserved for sheltered workshops and economic operators whose main aim is the social and professional integration of disabled or disadvantaged persons (as defined within Public Contracts Regulations 2015)',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['jobs-disadvantaged-people', 'jobs-long-term-conditions', 'supply-chain-social-value'],
    measureType: 'gbp',
    unit: '£',
    keywords: [
      'supported employment providers',
      'supported businesses',
      'reserved contracts',
      'reserved spend',
      'Procurement Act 2023',
      'section 32',
      'regulation 20',
      'sheltered employment',
      'supported employment',
      'disabled workers',
      'social enterprise',
    ],
    notes: [RESERVED_CONTRACTS_NOTE],
    wording: {
      planning: {
        outcome:
          'The Provider will direct a defined value of spend under {contractName} to subcontracts with supported employment providers (organisations in which disabled or disadvantaged people make up at least 30% of the workforce), and will report that spend throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What value of spend on {contractName} will you place through subcontracts with supported employment providers, on which packages of work, and how many jobs for disabled or disadvantaged people will that spend create or sustain? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ value of spend with supported employment providers for each contract year and the packages of work it covers.',
          'Evidence that each provider meets the 30% workforce test in section 32(4) of the Procurement Act 2023.',
          'The number of disabled or disadvantaged people whose jobs the spend will create or sustain, confirmed by the providers.',
          'How the spend will be protected if a provider cannot deliver, for example by turning first to other supported employment providers.',
        ],
        scoring: {
          0: 'No answer, or spend with organisations that do not meet the test for a supported employment provider.',
          1: 'Willingness to use supported employment providers, without a £ figure.',
          2: 'A £ figure with no work packages and no named or likely providers.',
          3: 'A yearly £ value attached to work packages, but no evidence that providers meet the section 32 test, or no estimate of jobs supported.',
          4: 'A yearly £ value attached to suitable work packages, providers that meet the section 32 test, and the number of jobs for disabled or disadvantaged people the spend will create or sustain, confirmed by the providers.',
          5: 'Everything in a 4, plus a plan to protect the spend if a provider cannot deliver, for example by turning first to other supported employment providers.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Total value (£, excluding VAT) paid in the period under subcontracts with supported employment providers.',
        unit: '£',
        target: '£{target} spent through subcontracts with supported employment providers in each contract year',
        frequency: 'quarterly',
        evidence:
          'Purchase ledger extract of payments to each supported employment provider, reconciled to the register of subcontracts with supported employment providers.',
      },
    },
  },
  {
    id: 'dementia-friendly',
    text: 'Initiatives to create dementia-friendly environments.',
    themes: ['economic'],
    marmotPriorities: ['prevention-of-ill-health', 'healthy-standard-of-living'],
    outcomes: ['friendly-business-environment', 'healthy-standard-of-living'],
    measureType: 'number',
    unit: 'initiatives',
    keywords: [
      'Dementia Friends',
      'dementia friendly communities',
      "Alzheimer's",
      'memory loss',
      'older people',
      'carers',
      'accessible environment',
      'signage',
      'age-friendly',
      'inclusive design',
      'dementia awareness',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will make the premises and services it runs for {contractName} dementia-friendly, training staff to recognise and support people living with dementia and adapting buildings, signage and processes, across {locality} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the initiatives you will deliver during {contractName} to create dementia-friendly environments for people living with dementia and their carers, including changes to premises and signage, staff awareness training, and how people with lived experience will help shape the work. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Specific, dated initiatives, such as an assessment of premises against a recognised dementia-friendly design checklist followed by clearer signage, better lighting and contrast, and quiet spaces.',
          'Dementia awareness for all public-facing staff (for example Dementia Friends information sessions), with the number of staff to be reached.',
          'People living with dementia and their carers involved in reviewing changes, and links with local dementia-friendly community groups.',
          'How the effect will be checked, such as feedback from people with dementia and carers.',
        ],
        scoring: {
          0: 'No answer, or changes with no link to dementia.',
          1: 'Awareness only, with no changes to environments.',
          2: 'Initiatives named, with no dates and no number of staff to be trained.',
          3: 'Practical changes and staff awareness sessions with numbers, but no dates or no involvement of people living with dementia.',
          4: 'A dated programme of changes based on an assessment of premises against a recognised dementia-friendly design checklist, dementia awareness for all public-facing staff with numbers, and people living with dementia and their carers involved.',
          5: 'Everything in a 4, plus a way of checking the difference made, such as feedback from people with dementia and carers, reported each year.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of dementia-friendly initiatives completed in the period (for example premises adapted, processes changed, awareness sessions held), with the number of staff who completed dementia awareness training.',
        unit: 'initiatives',
        target: '{target} dementia-friendly initiatives completed in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Initiative log with dates and descriptions, before-and-after photographs or assessment reports for changes to premises, and training attendance records.',
      },
    },
  },
  {
    id: 'pro-bono-room-usage',
    text: 'Hours of pro bono room usage dedicated for other services to provide health and wellbeing activities (e.g. voluntary groups, informal patient-led activities).',
    themes: ['economic'],
    marmotPriorities: ['prevention-of-ill-health', 'healthy-standard-of-living'],
    outcomes: ['existing-resources', 'vcse-partnerships'],
    measureType: 'hours',
    unit: 'hours of room use',
    keywords: [
      'free room hire',
      'meeting rooms',
      'community use',
      'venue',
      'free space',
      'facilities',
      'premises',
      'in-kind support',
      'community groups',
      'support groups',
      'charity',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will make rooms and facilities used for {contractName} available free of charge to voluntary groups and other services running health and wellbeing activities in {locality}, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What rooms or facilities will you make available free of charge during {contractName} for other services and voluntary groups to run health and wellbeing activities? State the number of hours a year, the spaces and times offered, and how groups will find out about and book them. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A number of hours a year, with the specific rooms, their capacity and accessibility, and the times available, including evenings or weekends where groups need them.',
          'No hidden costs: heating, lighting, Wi-Fi, cleaning and access arrangements included.',
          'A simple booking route publicised through local VCSE networks, with priority for activities that meet local health and wellbeing needs, such as peer support groups and patient-led activities.',
          'A record of use showing who used the space, for what and roughly how many people attended.',
        ],
        scoring: {
          0: 'No answer, or rooms offered only at a charge.',
          1: 'Space available to groups on request only, with no hours committed.',
          2: 'Rooms offered, with no hours, times or capacity.',
          3: 'A number of hours a year in named rooms, but times, costs or accessibility unclear.',
          4: 'A yearly number of hours in named, accessible rooms at times groups need (including evenings or weekends), free of all charges including heating, Wi-Fi and cleaning, with a simple booking route publicised through local VCSE networks.',
          5: 'Everything in a 4, plus priority for activities that meet local health and wellbeing needs and a record of who used the space and how many attended.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours that rooms or facilities were used free of charge by other services and voluntary groups for health and wellbeing activities, taken from booking records (hours booked and used, not hours offered).',
        unit: 'hours',
        target: '{target} hours of free room use for health and wellbeing activities in each contract year',
        frequency: 'quarterly',
        evidence:
          'Room booking log (group, activity, date, start and end times and estimated attendance), with confirmation from a sample of the groups.',
      },
    },
  },
  {
    id: 'ethical-procurement-contracts',
    text: 'Number of procurement contracts that include commitments to ethical procurement.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['ethical-procurement', 'supply-chain-social-value'],
    measureType: 'number',
    unit: 'contracts',
    keywords: [
      'responsible sourcing',
      'ethical sourcing',
      'Fairtrade',
      'fair trade',
      'ETI Base Code',
      'labour standards',
      'modern slavery',
      'human rights',
      'supplier code of conduct',
      'due diligence',
      'subcontracts',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will include clear ethical procurement commitments, covering labour standards, human rights and modern slavery due diligence, in the contracts it lets to deliver {contractName}, and will report how many contracts carry them throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many of the procurement contracts you let to deliver {contractName} will include ethical procurement commitments, what will those commitments require of suppliers, and how will you check that they are kept? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The number and share of supply contracts that will carry ethical commitments, starting with higher-risk categories such as textiles, electronics, cleaning, construction materials and food.',
          'Specific requirements, for example a supplier code of conduct based on the Ethical Trading Initiative (ETI) Base Code: freely chosen employment, freedom of association, no child labour, and living wages.',
          'Checks and remedies: supplier self-assessment, audits of high-risk suppliers, and corrective action plans when problems are found.',
          'A way for workers in the supply chain to raise concerns safely.',
        ],
        scoring: {
          0: 'No answer, or reliance on suppliers’ own policies with no requirement.',
          1: 'A general reference to suppliers’ own policies.',
          2: 'Standard ethical clauses mentioned, with no number of contracts.',
          3: 'A number of contracts with standard ethical clauses, but no focus on higher-risk categories or only light monitoring.',
          4: 'A number and share of contracts starting with higher-risk categories, specific requirements such as a code of conduct based on the ETI Base Code, and checks through self-assessment and audits of high-risk suppliers.',
          5: 'Everything in a 4, plus corrective action plans when problems are found and a safe way for supply chain workers to raise concerns.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of procurement contracts (including subcontracts and call-offs) let for the contract in the period that include written ethical procurement commitments, out of the total number let.',
        unit: 'contracts',
        target: '{target} procurement contracts including ethical procurement commitments in each contract year',
        frequency: 'annually',
        evidence:
          'Contracts register showing each contract, its value and whether ethical clauses are included, with a copy of the standard clauses or supplier code of conduct.',
      },
    },
  },
  {
    id: 'ethical-procurement-spend',
    text: 'Total spend on procurement contracts that include commitments to ethical procurement.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['ethical-procurement', 'supply-chain-social-value'],
    measureType: 'gbp',
    unit: '£',
    keywords: [
      'ethical spend',
      'responsible sourcing',
      'ethical sourcing',
      'Fairtrade',
      'fair trade',
      'labour standards',
      'supplier code of conduct',
      'human rights due diligence',
      'modern slavery',
      'supply chain',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will place its spend under {contractName} through supply contracts that include ethical procurement commitments wherever possible, and will report the value and share of spend covered throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What value and percentage of your supply chain spend on {contractName} will be through contracts that include ethical procurement commitments, and how will you increase that share over the life of the contract? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ value and percentage of contract spend covered, with a trajectory for each contract year.',
          'A spend analysis showing which categories carry the highest ethical risk and how those will be covered first.',
          'The commitments included, how compliance is checked, and what happens when a supplier falls short.',
          'Reporting drawn from the purchase ledger and matched to the contracts register, not estimated.',
        ],
        scoring: {
          0: 'No answer, or no spend covered by ethical commitments.',
          1: 'A general policy on ethical buying, with no £ value or percentage of spend.',
          2: 'A figure with no analysis of where ethical risk lies.',
          3: 'A fixed £ value and percentage, but little analysis behind it or no rise over the contract.',
          4: 'A yearly £ value and percentage rising over the contract, based on a spend analysis that covers the highest-risk categories first, with compliance checked.',
          5: 'Everything in a 4, plus reporting drawn from the purchase ledger and matched to the contracts register, and stated action when a supplier falls short.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Value (£, excluding VAT) paid in the period under supply contracts that include ethical procurement commitments, and that value as a percentage of total supply chain spend on the contract.',
        unit: '£',
        target: '£{target} of contract spend through contracts with ethical procurement commitments in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Purchase ledger spend by supplier, matched to the contracts register to show which contracts include ethical clauses.',
      },
    },
  },
  {
    id: 'modern-slavery-statement',
    text: 'Are you legally required to have a Modern Slavery and Human Trafficking Statement, as outlined in the Transparency of Supply Chain clause of the UK Modern Slavery Act 2015?',
    themes: ['economic'],
    marmotPriorities: ['fair-employment'],
    outcomes: ['ethical-procurement', 'supply-chain-social-value'],
    measureType: 'yes-no',
    unit: 'yes/no',
    keywords: [
      'slavery statement',
      'section 54',
      'transparency in supply chains',
      'TISC',
      'forced labour',
      'labour exploitation',
      'anti-slavery',
      'supply chain due diligence',
      'modern slavery statement registry',
      'human rights',
    ],
    notes: [
      MODERN_SLAVERY_CHECK_NOTE,
      "The 'Transparency of Supply Chain clause' is section 54 of the Modern Slavery Act 2015 ('Transparency in supply chains etc.'). It applies to organisations that supply goods or services, carry on business in the UK and have a total annual turnover of £36 million or more; they must publish a slavery and human trafficking statement for each financial year. Smaller organisations may publish one voluntarily, and statements can be added to the government's modern slavery statement registry.",
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will publish an annual modern slavery and human trafficking statement where the Modern Slavery Act 2015 requires it (or a voluntary statement where it does not), and will assess and act on modern slavery risks in the supply chain for {contractName} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Beyond any statement that section 54 of the Modern Slavery Act 2015 requires you to publish (checked separately, as pass or fail), how will you identify and address modern slavery risks in the supply chain for {contractName}? Describe your risk assessment, your due diligence, what you will do if exploitation is found, and the training and reporting routes you will provide. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A risk assessment of the supply chain for this contract, naming higher-risk categories, countries and labour practices (for example agency labour and recruitment fees).',
          'Due diligence actions: supplier questionnaires, contract clauses, audits, and what happens when exploitation is found, with remediation that puts workers’ safety first.',
          'Training for staff who buy from or manage suppliers, and a confidential way for workers to report concerns.',
          'Where the bidder is below the turnover threshold, any voluntary statement it publishes, with the steps it describes.',
        ],
        scoring: {
          0: 'No answer, or no assessment of modern slavery risk in the supply chain.',
          1: 'A modern slavery policy statement only, with no assessment of this contract’s risks.',
          2: 'A general account of due diligence, not related to this contract’s supply chain.',
          3: 'A sound general approach to risk and due diligence, but no risk assessment specific to this contract.',
          4: 'A risk assessment of this contract’s supply chain naming higher-risk categories, countries and labour practices, with proportionate due diligence (questionnaires, contract clauses, audits).',
          5: 'Everything in a 4, plus remediation that puts workers’ safety first, training for staff who buy from or manage suppliers, and a confidential way for workers to report concerns.',
        },
        scoringGuidance:
          'Whether the bidder publishes a statement required by section 54 of the Modern Slavery Act 2015 is a pass/fail check at the supplier assessment stage, not part of this score. Score only what the answer commits to beyond the legal requirement.',
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Whether the Provider’s slavery and human trafficking statement (required or voluntary) covering its latest financial year is published, and the number of the contract’s higher-risk suppliers assessed for modern slavery risk in the period.',
        unit: 'yes/no',
        target: 'Statement published for every financial year of the contract, and {target} higher-risk suppliers assessed for modern slavery risk each year',
        frequency: 'annually',
        evidence:
          'Link to the published statement and its entry on the government’s modern slavery statement registry, with a summary of the supplier risk assessments completed and actions taken.',
      },
    },
  },
  {
    id: 'supply-chain-social-value-contracts',
    text: 'Number of contracts with the supply chain on which Social Value commitments, measurement and monitoring are required.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['supply-chain-social-value'],
    measureType: 'number',
    unit: 'contracts',
    keywords: [
      'subcontractors',
      'subcontracts',
      'flow down',
      'flow-down clauses',
      'social value clauses',
      'supplier KPIs',
      'tier 2 suppliers',
      'community benefits',
      'cascade',
      'supplier management',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will pass social value commitments down its supply chain for {contractName}, writing measurable social value requirements and reporting duties into subcontracts throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you embed social value in your supply chain for {contractName}? State how many subcontracts will include social value commitments, measurement and monitoring, what those commitments will be, and how you will collect and check subcontractors’ results. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The number of subcontracts that will carry social value requirements and the rule used to select them (for example every subcontract above a set value).',
          'Requirements that are proportionate and linked to this contract’s social value commitments, each with a measurable KPI and reporting dates.',
          'A monitoring process: regular returns, evidence checks, and what happens if a subcontractor falls short.',
          'Support for smaller subcontractors to deliver and report, so that requirements do not shut out SMEs and VCSEs.',
        ],
        scoring: {
          0: 'No answer, or no social value requirements in subcontracts.',
          1: 'An intention to encourage subcontractors to deliver social value, with no requirement in subcontracts.',
          2: 'Commitments passed down with no number of subcontracts or selection rule.',
          3: 'A number of subcontracts with social value commitments, but no monitoring process or no measurable KPIs.',
          4: 'A clear selection rule (such as every subcontract above a set value) and number of subcontracts, proportionate requirements linked to this contract’s commitments, each with a measurable KPI and reporting dates.',
          5: 'Everything in a 4, plus a monitoring process with evidence checks and support for smaller subcontractors to deliver and report.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Number of subcontracts let for the contract in the period that include social value commitments with measurable targets and a duty to report against them.',
        unit: 'contracts',
        target: '{target} subcontracts with social value commitments, measurement and monitoring in place in each contract year',
        frequency: 'annually',
        evidence:
          'Subcontract register flagging social value clauses, a copy of the standard clauses, and the subcontractors’ social value returns for the period.',
      },
    },
  },
  {
    id: 'supply-chain-social-value-spend',
    text: 'Total spend with the supply chain on contracts where Social Value commitments, measurement and monitoring are required.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['supply-chain-social-value'],
    measureType: 'gbp',
    unit: '£',
    keywords: [
      'subcontractor spend',
      'subcontracts',
      'flow down',
      'social value clauses',
      'tier 2 suppliers',
      'community benefits',
      'supplier spend',
      'cascade',
      'social value coverage',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will ensure that a defined share of its supply chain spend on {contractName} is through contracts requiring social value commitments, measurement and monitoring, and will report that spend throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What value and proportion of your supply chain spend on {contractName} will be through contracts that require social value commitments, measurement and monitoring, and how will you make sure that spend delivers measurable results? (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ value and percentage of supply chain spend covered for each contract year.',
          'Coverage focused on the largest and most relevant subcontracts, where social value requirements will make the most difference.',
          'Evidence that requirements are monitored, with subcontractors’ results reported alongside the Provider’s own.',
          'A plan to raise the share of spend covered as subcontracts are let or renewed.',
        ],
        scoring: {
          0: 'No answer, or no supply chain spend under contracts with social value requirements.',
          1: 'A general intention to pass social value down the supply chain, with no £ value.',
          2: 'A figure with no link to which subcontracts are covered.',
          3: 'A yearly £ value and percentage of supply chain spend covered, but no monitoring detail.',
          4: 'A yearly £ value and percentage concentrated on the largest and most relevant subcontracts, with subcontractors’ results monitored and reported alongside the Provider’s own.',
          5: 'Everything in a 4, plus a plan to raise the share of spend covered as subcontracts are let or renewed.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Value (£, excluding VAT) paid in the period to subcontractors under contracts that require social value commitments, measurement and monitoring, and that value as a percentage of total supply chain spend on the contract.',
        unit: '£',
        target: '£{target} of supply chain spend through contracts with social value requirements in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Purchase ledger extract by subcontractor, matched to the subcontract register with the social value clause reference for each contract.',
      },
    },
  },
  {
    id: 'service-user-involvement',
    text: 'Number of contracts where services users have been involved in the design and development services',
    themes: ['economic'],
    marmotPriorities: ['prevention-of-ill-health', 'healthy-standard-of-living'],
    outcomes: ['service-users-engaged'],
    measureType: 'number',
    unit: 'contracts',
    keywords: [
      'co-production',
      'coproduction',
      'co-design',
      'codesign',
      'lived experience',
      'experts by experience',
      'user voice',
      'patient involvement',
      'engagement',
      'consultation',
      'participation',
      'service user involvement',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will involve the people who use {contractName}, and their carers, in designing and developing the service, so that changes are co-produced with those who use it across {locality} throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you involve service users in the design and development of services under {contractName}? Describe the methods you will use, how you will reach people whose voices are seldom heard, how you will recognise people for their time, and how you will show what changed as a result. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Specific methods suited to the people using the service, such as a service user panel, co-design workshops or experts by experience on recruitment panels, with how often each takes place.',
          'Steps to reach seldom-heard groups: accessible formats, interpreters, venues and times that suit people, and support for carers to take part.',
          'Fair recognition of people’s time, such as payment or vouchers, and reimbursement of travel and replacement care costs.',
          'A ’you said, we did’ record showing decisions that changed because of service user involvement.',
        ],
        scoring: {
          0: 'No answer, or involvement limited to complaints handling.',
          1: 'Satisfaction surveys only, with no part in designing the service.',
          2: 'Consultation planned, with no methods, frequency or reach described.',
          3: 'Planned consultation with stated methods and frequency, but limited reach to seldom-heard groups or no feedback on what changed.',
          4: 'Regular co-production suited to the people using the service (such as a service user panel or co-design workshops), steps to reach seldom-heard groups, and fair recognition of people’s time, including travel and replacement care costs.',
          5: 'Everything in a 4, plus a ‘you said, we did’ record showing decisions that changed because of service user involvement, shared each year.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of contracts or service lines delivered by the Provider in which service users took part in designing or developing the service in the period, with the number of service users involved and the changes made as a result.',
        unit: 'contracts',
        target: '{target} contracts or service lines with service users involved in design and development in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Involvement log (activity, date, number and profile of participants), meeting notes or workshop outputs, and a ’you said, we did’ summary.',
      },
    },
  },
  {
    id: 'chamber-of-commerce',
    text: 'Active participation in local chamber of commerce e.g. supporting new business start ups in the area.',
    themes: ['economic'],
    marmotPriorities: ['fair-employment', 'healthy-standard-of-living'],
    outcomes: ['friendly-business-environment', 'local-employment'],
    measureType: 'hours',
    unit: 'hours of business support',
    keywords: [
      'start-ups',
      'startups',
      'business network',
      'new businesses',
      'enterprise',
      'entrepreneurs',
      'mentoring',
      'business support',
      'small businesses',
      'Federation of Small Businesses',
      'business growth',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will take an active part in the local chamber of commerce and business networks in {locality}, giving time and expertise to support new business start-ups and local business growth throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe how you will take an active part in the local chamber of commerce and business community in {locality} during {contractName}, including the hours you will give to supporting new business start-ups, the kind of support offered, and who in your organisation will provide it. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Membership of the local chamber of commerce (or a commitment to join), with a named senior person taking an active role rather than membership alone.',
          'A number of hours a year of practical help for start-ups, such as mentoring, business planning, tendering workshops or opening supply chain opportunities.',
          'Support aimed at those who need it most, for example young entrepreneurs, social enterprises or businesses in areas of higher deprivation.',
          'A record of businesses supported and what they achieved, such as still trading after 12 months.',
        ],
        scoring: {
          0: 'No answer, or no link with the local business community.',
          1: 'Chamber of commerce membership only, with no active role or hours.',
          2: 'Membership plus occasional support, with no hours committed.',
          3: 'Active involvement with a committed number of hours, but support not aimed at those who need it most, or no record of results.',
          4: 'A named senior person taking an active role in the local chamber of commerce, a yearly number of hours of practical start-up support (mentoring, business planning, tendering workshops), aimed at those who need it most.',
          5: 'Everything in a 4, plus a record of businesses supported and what they achieved, such as still trading after 12 months.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Hours given by the Provider’s staff to chamber of commerce activity and to supporting new business start-ups in {locality}, with the number of start-ups supported.',
        unit: 'hours',
        target: '{target} hours of support for local business start-ups and chamber of commerce activity in each contract year',
        frequency: 'six-monthly',
        evidence:
          'Activity log (date, event or business supported, staff member’s role and hours), confirmation of chamber membership, and feedback from businesses supported.',
      },
    },
  },
  {
    id: 'sponsorship-arts-culture-sport',
    text: 'Sponsorship of local arts, culture, schools and sports programmes?',
    themes: ['economic'],
    marmotPriorities: ['healthy-standard-of-living', 'prevention-of-ill-health'],
    outcomes: ['healthy-standard-of-living', 'maximise-capabilities', 'existing-resources'],
    measureType: 'gbp',
    unit: '£ (cash and in-kind value)',
    keywords: [
      'community sponsorship',
      'sports clubs',
      'grassroots sport',
      'physical activity',
      'festivals',
      'theatre',
      'music',
      'youth clubs',
      'community events',
      'funding',
      'in-kind support',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will sponsor local arts, culture, school and sports programmes in {locality}, focusing on activities that open up participation to people who would otherwise miss out, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'What sponsorship of local arts, culture, schools and sports programmes in {locality} will you provide during {contractName}? State the value (cash and in-kind), the programmes or types of activity, how they will be chosen with local people, and how you will show who benefited. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A £ value for each contract year, split between cash and in-kind support, with examples of programmes or how they will be selected.',
          'Choices that reflect local priorities, such as activities for children and young people, older people or communities with fewer opportunities, agreed with the council or local partners.',
          'Sponsorship that pays for taking part (kit, coaching, tickets, transport or free places) rather than mainly for branding.',
          'Reporting of reach: the number of participants and who they are.',
        ],
        scoring: {
          0: 'No answer, or sponsorship outside {locality}.',
          1: 'One-off or branding-led sponsorship, with no yearly value.',
          2: 'A sponsorship offer with no yearly value and no programmes named.',
          3: 'A yearly value, but unclear how programmes will be chosen or who will benefit.',
          4: 'A yearly value split between cash and in-kind support, spent on taking part (kit, coaching, tickets, transport or free places), in programmes chosen with the council or local partners to reflect local priorities.',
          5: 'Everything in a 4, plus reach reported each year: the number of participants and who they are.',
        },
        responseLimitWords: 300,
      },
      contractManagement: {
        measure:
          'Value (£) of sponsorship given to arts, culture, school and sports programmes in {locality} in the period, with in-kind support valued at cost, and the number of people taking part in the sponsored programmes.',
        unit: '£',
        target: '£{target} of sponsorship for local arts, culture, school and sports programmes in each contract year',
        frequency: 'annually',
        evidence:
          'Sponsorship agreements or letters, proof of payment, a costed record of in-kind support, and participation figures from each programme.',
      },
    },
  },
];
