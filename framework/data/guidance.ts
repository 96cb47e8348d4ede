/**
 * The framework's guidance, verbatim: introduction, the commissioning cycle
 * with its examples, the carbon neutral ambition, references. `notes` sit
 * beside the seed where law or practice has moved on; they never replace it.
 *
 * Footnote markers (¹ ² ³) stay in the text as the seed prints them; each
 * reference says which marker points to it.
 */
import type { Framework } from '../schema';

type Guidance = Framework['guidance'];

const CARBON_KEY_MEASURES = [
  'diesel / petrol fuel use',
  'heating, lighting and power of buildings',
  'office waste',
  'business mileage',
];

const TENDER_WEIGHTING_SENTENCE =
  'We therefore we need to ensure that tender evaluation weighting assist us in achieving our ambition and influencing the reduction of carbon generally.';

const CARBON_PROJECT_TEAM_SENTENCE =
  "The Council's Carbon Project team will be happy to advise in this area led by the Head of Environmental Services.";

/** The seed breaks this paragraph across a page and its footnote; joined here. */
const CARBON_NEUTRAL_PARAGRAPH =
  'A key part of achieving our ambition to become carbon neutral by 2025 will be through developing our social value activities during the commissioning process. ' +
  'Therefore, carbon reduction outcomes should be a key factor in terms of our organisational Corporate Social Responsibility (CSR) and Social Accounting activities, as well as all commissioning activities to ensure that our supply chain also fulfil our objectives in this area. ' +
  'The key measures to support our ambition to become carbon neutral by 2025 includes diesel / petrol fuel use, heating, lighting and power of buildings, office waste and business mileage. ' +
  'Any commissioning activities to consider how they will offset carbon not reduced in these areas. ' +
  `${TENDER_WEIGHTING_SENTENCE} ${CARBON_PROJECT_TEAM_SENTENCE}`;

export const guidance: Guidance = {
  introduction: [
    'The Cheshire East Social Value Framework should be used in conjunction with the Cheshire East Social Value Policy and supporting resources. The Framework provides a number of social value indicators, which are aligned to the 3 high level social value outcome areas: Social, Economic and Environmental, as well as an additional theme for Innovation, to ensure additional flexibility. The Framework enables commissioners to identify possible indicators that can be used to measure social value, which are aligned to the relevant Marmot priorities¹ (in terms of the wider determinants of health), local priorities, and outcomes.',
    'This Framework should be used by commissioners at each stage of the commissioning cycle (also see the Cheshire East Commissioning Framework, Tools and Guidance):',
    'The Framework is also a useful tool to support the wider development and monitoring of CSR and Social Accounting activities outside of commissioning and procurement activities.',
    'NB – Training, support and advice is available to support officers to use the Social Value Calculator² and / or the National TOMS Framework³',
  ],
  commissioningCycle: [
    {
      stage: 'planning',
      name: 'Strategic Commissioning',
      alias: 'Planning',
      description:
        'Commissioners should undertake an initial review to identify the possible social value outcomes that could be achieved through the commissioning and procurement process. The social value outcomes / priorities will not necessarily be directly related to the goods/services being commissioning/procured e.g. the commissioning and procurement of:',
      examples: [
        'ICT hardware could specifically focus homelessness outcomes in Crewe;',
        'Domiciliary care at home services could specifically focus on local employment opportunities and apprenticeships for Care Leavers across the borough;',
        'Highways services could focus on a number of priorities including specific plans to offset their carbon footprint, and targets for the recruitment of local people.',
        'The majority of our commissioning and procurement activities have the potential to have an impact on environmental outcomes, which is a key priority for the Council, particularly our ambition to become carbon neutral by 2025.',
      ],
    },
    {
      stage: 'procurement',
      name: 'Procurement',
      alias: 'Purchasing',
      description:
        'The Framework can be used to support the development of specific and targeted tender questions aligned to the priorities already identified within the planning stage of the commissioning process.',
    },
    {
      stage: 'contractManagement',
      name: 'Contract Management',
      alias: 'Monitoring',
      description:
        'Following a procurement process, or as part of service development/improvement activities, service reviews, or ongoing contract management, contract modification and contract negotiations, Social Value KPIs and Outcomes within Service Specifications, Contracts, SLAs, and PMFs can then be refined using the Framework.',
    },
  ],
  paragraphs: [
    {
      // In the seed this sits in the cycle's list, between Planning and Procurement.
      id: 'kpis-and-outcomes',
      title: 'Social Value KPIs and Outcomes',
      text: 'Relevant Social Value Key Performance Indicators (KPIs) and Outcomes should be included within the development of Service Specifications, Contracts, Service Level Agreements (SLAs), and Performance Management Frameworks (PMFs) for procurement activities (outsourcing); the development of Local Authority Trading Companies; ongoing service development by CCGs with large rolling contracts with NHS providers; or in house service delivery.',
    },
    { id: 'carbon-neutral-2025', title: 'Carbon neutral by 2025', text: CARBON_NEUTRAL_PARAGRAPH },
    // The two sentences below are also in the paragraph above; kept on their
    // own so a tender pack can quote them without the whole paragraph.
    { id: 'tender-evaluation-weighting', title: 'Tender evaluation weighting', text: TENDER_WEIGHTING_SENTENCE },
    { id: 'carbon-project-team', title: 'Advice on carbon', text: CARBON_PROJECT_TEAM_SENTENCE },
  ],
  carbonKeyMeasures: CARBON_KEY_MEASURES,
  references: [
    {
      id: 'marmot-review',
      title: 'Marmot Review report: Fair Society, Healthy Lives (2010)',
      url: 'https://www.local.gov.uk/marmot-review-report-fair-society-healthy-lives',
      note: 'Footnote ¹ of the framework.',
    },
    {
      id: 'social-value-calculator',
      title: 'Social Value Calculator',
      url: 'https://www.sduhealth.org.uk/areas-of-focus/social-value/social-value-calculator.aspx',
      note: 'Footnote ² of the framework.',
    },
    {
      id: 'national-toms',
      title: 'National TOMS Framework',
      url: 'https://socialvalueportal.com/national-toms/',
      note: 'Footnote ³ of the framework. Linked only: its measures and proxy values are not included.',
    },
    {
      id: 'tartan-rug',
      title: 'Cheshire East Tartan rug',
      url: 'https://www.cheshireeast.gov.uk/council_and_democracy/council_information/jsna/jsna.aspx',
      note: 'Part of the Cheshire East Joint Strategic Needs Assessment (JSNA); the Social Innovation theme refers to its red areas.',
    },
    {
      id: 'recipe-for-a-good-life',
      title: 'Cheshire and Merseyside Health and Care Partnership website',
      url: 'https://www.cheshireandmerseysidepartnership.co.uk/our-work/social-value',
      note: 'The full report of the ‘recipe for a good life’ engagement activities, the source of what local people say.',
    },
  ],
  notes: [
    {
      id: 'procurement-act-2023',
      title: 'Procurement Act 2023',
      text: 'The Procurement Act 2023 applies to procurements begun on or after 24 February 2025. Procurements begun before then continue under the Public Contracts Regulations 2015, which the framework cites.',
    },
    {
      id: 'reserved-contracts',
      title: 'Reserved contracts',
      text: 'The framework refers to contracts reserved under the Public Contracts Regulations 2015 (regulation 20). Under the Procurement Act 2023, a contracting authority may reserve a contract for supported employment providers (section 32): organisations that provide employment, or employment-related support, to disabled or disadvantaged people, who make up at least 30 per cent of the workforce of the organisation (or of the part of it, or the combined workforce of the organisations, that will perform the contract). Reserving is the authority’s decision when it designs the procurement; a bidder cannot reserve, but it can commit to place its own subcontracts with such organisations.',
    },
    {
      id: 'kpis-over-5m',
      title: 'KPIs for contracts over £5 million',
      text: 'Under the Procurement Act 2023, a public contract with an estimated value of more than £5 million (including VAT) needs at least three key performance indicators, set and published by the contracting authority (section 52). The duty does not apply to framework agreements, concession contracts, light touch contracts (so most care contracts), contracts awarded by private utilities, or where performance could not appropriately be assessed by KPIs.',
    },
    {
      id: 'provider-selection-regime',
      title: 'Health care services: the Provider Selection Regime',
      text: 'Health care services arranged by a relevant authority, including public health services that a council commissions such as drug and alcohol treatment, are procured under the Health Care Services (Provider Selection Regime) Regulations 2023, not the Procurement Act 2023.',
    },
    {
      id: 'social-value-act-2012',
      title: 'Public Services (Social Value) Act 2012',
      text: 'Before starting to procure a public services contract, or a framework agreement mainly for services, a relevant authority must consider how what it proposes to procure might improve the economic, social and environmental well-being of its area, how it might secure that improvement through the procurement, and whether to consult on these matters (section 1). It is a duty to consider social value, not a rule on how to weight or score it.',
    },
    {
      id: 'performance-ratings',
      title: 'Rating contract performance',
      text: 'Under the Procurement Act 2023, performance against published KPIs is rated Good, Approaching target, Requires improvement, Inadequate or Other in contract performance notices (section 71).',
    },
    {
      id: 'social-value-weighting',
      title: 'Social value weighting',
      text: 'Central government’s Social Value Model (PPN 06/20, replaced by PPN 002 in February 2025) sets a minimum social value weighting of 10% of the total score for in-scope central government bodies. Councils are not bound by it, but it is a common benchmark. Each social value question then carries a share of that weighting, and its weighted score is its score ÷ 5 × its share.',
    },
    {
      id: 'national-toms-licence',
      title: 'National TOMs measures not included',
      text: 'The National TOMs measures and proxy values are published under a non-commercial, no-derivatives licence, so they are not included here. Follow the link to the National TOMS Framework to use them.',
    },
  ],
};
