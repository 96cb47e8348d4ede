/**
 * Environmental theme indicators (ids 51-67), in the framework's order.
 * `text` is the framework's wording verbatim (one record joined across a
 * page break); everything else is added to help officers use it.
 * Environmental rows list no Marmot priorities, hence the empty arrays.
 */
import type { Indicator } from '../../schema';
import { KPI_DUTY_NOTE } from '../legal-notes';

export const environmentalIndicators: Indicator[] = [
  {
    id: 'ghg-savings-non-transport',
    text: 'Savings in Greenhouse Gas (GHG) emissions on a contract not from transport (specify how these are to be achieved).',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['environmental-impacts-reduced'],
    measureType: 'tco2e',
    unit: 'tonnes CO2e',
    keywords: [
      'carbon',
      'CO2',
      'carbon dioxide',
      'carbon footprint',
      'net zero',
      'carbon neutral',
      'decarbonisation',
      'decarbonization',
      'energy efficiency',
      'buildings energy',
      'Scope 1 and 2',
      'tCO2e',
    ],
    notes: [
      "Central government asks suppliers bidding for its contracts worth over £5m a year to publish a Carbon Reduction Plan (PPN 006, issued in February 2025 for procurements under the Procurement Act 2023, replacing PPN 06/21). It does not bind councils, but its template is a recognised way to ask for a baseline and reduction commitments; NHS England's Net Zero Supplier Roadmap sets similar expectations of NHS suppliers.",
      KPI_DUTY_NOTE,
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will measure and reduce the greenhouse gas emissions from the buildings, energy, equipment and waste used to deliver {contractName}, excluding transport, against an agreed baseline, and will report verified savings in tonnes of carbon dioxide equivalent (tCO2e) for each year of {contractTerm}, supporting the council’s ambition to become carbon neutral.',
      },
      procurement: {
        question:
          'Describe how you will reduce greenhouse gas emissions that do not arise from transport (for example heating, lighting and power of buildings, equipment, refrigerants and waste) in delivering {contractName}. State your baseline, the savings in tCO2e you commit to in each contract year, the specific measures that will achieve them and the method you will use to calculate them. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A baseline of the contract’s non-transport emissions (Scope 1 and 2, and relevant Scope 3 such as waste), with the baseline year and data sources stated.',
          'A savings commitment in tCO2e for each contract year, with the measures behind each figure (for example LED lighting, heating controls or heat pumps, renewable electricity backed by REGO certificates, more efficient equipment).',
          'A recognised calculation method: the GHG Protocol Corporate Standard with the UK Government greenhouse gas conversion factors for the reporting year.',
          'A named accountable lead, a delivery timetable and how progress will be checked and corrected during the contract.',
          'Savings achieved by cutting energy use first; any offsetting named, verified and reported separately from actual reductions.',
        ],
        scoring: {
          0: 'No answer, or savings claimed only through offsetting.',
          1: 'General environmental policy statements with no baseline or figures.',
          2: 'Measures listed, with no baseline and no tCO2e figures.',
          3: 'Credible measures and a recognised method, but savings only partly quantified or not specific to this contract.',
          4: 'A baseline of the contract’s non-transport emissions with its year and data sources, year-by-year tCO2e savings linked to specific measures, and the GHG Protocol with the UK Government conversion factors for the reporting year.',
          5: 'Everything in a 4, plus a named accountable lead, a delivery timetable, and any offsetting reported separately from actual reductions.',
        },
        responseLimitWords: 750,
      },
      contractManagement: {
        measure:
          'Greenhouse gas emissions saved against the agreed contract baseline from sources other than transport (building energy, equipment, refrigerants and waste), calculated with the UK Government conversion factors for the reporting year',
        unit: 'tonnes CO2e (tCO2e)',
        target: '{target} tCO2e saved against the baseline in each contract year',
        frequency: 'annually',
        evidence:
          'Carbon calculation workbook showing activity data, conversion factors and method; energy bills or meter readings; waste transfer notes; Renewable Energy Guarantees of Origin (REGO) evidence for any renewable electricity claimed',
      },
    },
  },
  {
    id: 'energy-advice-fuel-poverty',
    text: 'Initiatives to provide advice to local residents to reduce energy consumption such as advice around energy savings and fuel switching - specifically targeting groups that struggle with fuel poverty.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['environmental-impacts-reduced', 'better-places-to-live'],
    measureType: 'number',
    unit: 'households advised',
    keywords: [
      'energy efficiency',
      'energy bills',
      'heating costs',
      'cold homes',
      'affordable warmth',
      'home insulation',
      'cost of living',
      'switching supplier',
      'Warm Home Discount',
      'vulnerable households',
      'energy advice',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give practical energy advice to residents of {locality} who are in, or at risk of, fuel poverty, helping them to use less energy, keep warm for less and reach the support available, and will report the number of households advised and the changes they made throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you provide energy saving and fuel switching advice to residents of {locality} who struggle with fuel poverty during {contractName}? Explain who you will target and how you will reach them, the advice and follow-up you will give, who will deliver it, and the number of households you commit to advise each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Clear targeting of households most likely to be in fuel poverty (for example low-income, older or disabled residents, families with young children, people whose health is made worse by a cold home), using local data and referral partners.',
          'Advice from trained advisers (for example holding a Level 3 Award in Energy Awareness) covering no- and low-cost savings, heating controls, tariffs and switching, and help such as the Warm Home Discount.',
          'Onward referral to the council’s affordable warmth support, debt advice and home insulation or heating schemes.',
          'An annual number of households to be advised, with follow-up contact to record the actions taken and estimated savings.',
          'Accessible formats and languages, and home visits for people who cannot use telephone or online advice.',
        ],
        scoring: {
          0: 'No answer, or advice not aimed at households in fuel poverty.',
          1: 'Leaflets or a web page only, with no targeting or numbers.',
          2: 'An advice offer with no target group and no yearly number of households.',
          3: 'A good advice offer with a yearly number of households, but weak targeting or no follow-up.',
          4: 'Targeting of households most likely to be in fuel poverty through local data and referral partners, trained advisers, onward referral to affordable warmth, debt and insulation schemes, and a yearly number of households advised.',
          5: 'Everything in a 4, plus follow-up contact that records the actions households took and their estimated savings, and home visits for people who cannot use telephone or online advice.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of households in {locality} in or at risk of fuel poverty given one-to-one energy advice (in person, by telephone or online), counting each household once per contract year',
        unit: 'households',
        target: '{target} households advised each contract year, with at least one follow-up contact recorded for each',
        frequency: 'quarterly',
        evidence:
          'Anonymised advice log (date, postcode district, reason for eligibility, advice given, referrals made); follow-up records; case studies shared with consent',
      },
    },
  },
  {
    id: 'waste-reduction',
    text: 'Reduction in waste generated (kg) on your care pathway module, compared to previous year (including as a %).',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['environmental-impacts-reduced'],
    measureType: 'kg',
    unit: 'kg of waste (and % change on the previous year)',
    keywords: [
      'rubbish',
      'refuse',
      'landfill',
      'recycling',
      'waste minimisation',
      'waste minimization',
      'clinical waste',
      'waste hierarchy',
      'circular economy',
      'reuse',
      'zero waste',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will reduce the total weight of waste generated in delivering {contractName} year on year, applying the waste hierarchy (prevent, reuse, recycle, recover, dispose), and will report the kilograms generated and the percentage change on the previous year throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Set out how you will reduce the waste generated on the care pathway delivered under {contractName}. Give your current or estimated waste by stream (kg a year), the reduction you commit to each year in kg and as a percentage, and the actions that will achieve it. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A baseline of waste by stream (general, dry mixed recycling, food, clinical and offensive, confidential) in kg, or a clear plan to establish one within the first three months.',
          'A year-on-year reduction target in kg and as a percentage, putting prevention and reuse ahead of recycling in line with the waste hierarchy.',
          'Specific actions such as correct segregation of clinical and offensive waste, fewer single-use items, reusable equipment and stock control to avoid out-of-date supplies.',
          'How waste will be weighed (the waste contractor’s collection weights, not estimates alone) and who is responsible.',
          'Staff training and engagement, and how results will be reported and acted on.',
        ],
        scoring: {
          0: 'No answer, or actions that only move waste from one stream to another.',
          1: 'A generic waste policy, with no figures for this contract.',
          2: 'Sound actions, with no baseline and no targets.',
          3: 'Sound actions with partial figures, such as a baseline without yearly kg and percentage targets, or targets based only on recycling.',
          4: 'A baseline of waste by stream in kg (or a plan to set one within three months), yearly kg and percentage reduction targets, and actions that prevent or reuse waste before recycling it.',
          5: 'Everything in a 4, plus weights taken from the waste contractor’s collection records, not estimates, and results reported to staff and acted on.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Total weight of waste generated in delivering the care pathway under the contract, by waste stream, compared with the previous contract year (or the agreed baseline in year one)',
        unit: 'kg, and % change on the previous year',
        target: 'Total waste generated reduced by {target} compared with the previous contract year, reported in kg and as a %',
        frequency: 'annually',
        evidence:
          'Waste contractor collection and weight reports; waste transfer notes and hazardous waste consignment notes; the Provider’s calculation of the kg and percentage change',
      },
    },
  },
  {
    id: 'waste-donated-medical',
    text: 'Waste avoided by donating medical devices or pharmaceuticals no longer needed to charities, non-profit organisations or other industries.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['environmental-impacts-reduced'],
    measureType: 'kg',
    unit: 'kg of waste avoided',
    keywords: [
      'equipment reuse',
      'redistribution',
      'surplus stock',
      'medicines',
      'drugs',
      'medical equipment',
      'mobility aids',
      'wheelchairs',
      'walking aids',
      'charity donation',
      'circular economy',
      'recycling',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will stop usable medical devices, equipment and suitable pharmaceuticals from becoming waste by donating them, safely and lawfully, to charities, non-profit organisations or other users, and will record the items and weight donated throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe how you will identify medical devices and pharmaceuticals no longer needed under {contractName} and pass them to charities, non-profit organisations or other industries instead of disposing of them. Include the partners you will use, how you will make sure items are safe, legal and traceable, and the weight of waste you expect to avoid each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Named recipient organisations (for example equipment reuse charities or medical aid charities) and a simple process for staff to refer items.',
          'Safety checks: devices cleaned, decontaminated and tested; only in-date, properly stored medicines offered, in line with medicines law and the recipient’s acceptance criteria (medicines already dispensed to a patient are not reused).',
          'A record of each donation (item, quantity, weight, recipient, date) so that waste avoided can be reported in kg.',
          'An annual estimate of kg to be diverted, after first reusing items within the service where possible.',
          'Patient data wiped from any device that stores it before donation.',
        ],
        scoring: {
          0: 'No answer, or donation of items that are unsafe, unlawful or untraceable.',
          1: 'Donation mentioned only as an intention, or safety and traceability not addressed.',
          2: 'A process described, with no partners and no safety checks.',
          3: 'A workable process with safety and legal checks, but partners still to be confirmed or no record of donations in kg.',
          4: 'Named recipient organisations, a working referral process, devices cleaned and tested, only in-date, properly stored medicines offered (never ones already dispensed to a patient), and each donation recorded by item, weight, recipient and date.',
          5: 'Everything in a 4, plus a realistic yearly estimate of kg diverted, after reuse within the service, and patient data wiped from any device before donation.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Weight of medical devices, equipment and pharmaceuticals from the contract donated for reuse to charities, non-profit organisations or other industries instead of being disposed of as waste',
        unit: 'kg of waste avoided (with number of items)',
        target: '{target} kg of waste avoided through donation each contract year',
        frequency: 'six-monthly',
        evidence:
          'Donation log (item, quantity, weight, recipient, date); receipts or acknowledgements from recipient organisations; decontamination and safety check records',
      },
    },
  },
  {
    id: 'single-use-plastics',
    text: 'Initiatives to reduce or replace the use of single use plastics.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['environmental-impacts-reduced'],
    measureType: 'kg',
    unit: 'kg of single-use plastic avoided',
    keywords: [
      'plastic reduction',
      'disposable plastics',
      'reusables',
      'refillable',
      'plastic-free',
      'packaging',
      'plastic bottles',
      'cups',
      'cutlery',
      'straws',
      'aprons',
      'PPE',
    ],
    notes: [
      'Since the framework was written, England has banned the supply of some single-use plastic items: plastic straws, stirrers and cotton buds from October 2020, and single-use plastic plates, trays, bowls, cutlery, balloon sticks and polystyrene food and drink containers from 1 October 2023 (with some exemptions, for example straws for people who need them for medical reasons). Commitments should go beyond what the law already requires.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will reduce the single-use plastic items and packaging used in delivering {contractName}, replacing them with reusable or lower-impact alternatives where safe to do so and going beyond what the law already requires, and will report the quantity avoided throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Which single-use plastics are used in delivering {contractName}, and how will you reduce or replace them? Identify the main items and their current annual quantities, the alternatives you will introduce and when, any items that must stay single-use for infection prevention and control reasons, and the reduction you commit to. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'An audit of the single-use plastic items used on the contract (for example bottles, cups, cutlery, food packaging, aprons, carrier bags) with annual quantities or weights.',
          'Specific substitutions (reusable, refillable or recyclable alternatives) with a timetable, avoiding swaps to another single-use material with a worse impact.',
          'Infection prevention and control respected: clinical items kept single-use where required, with the reason given.',
          'A measurable reduction target (items or kg) for each contract year.',
          'Work with suppliers to cut plastic packaging on deliveries.',
        ],
        scoring: {
          0: 'No answer, or swaps to another single-use material with a worse impact.',
          1: 'A general commitment to reduce plastic with no detail.',
          2: 'Some substitutions named, with no audit of current use.',
          3: 'A clear plan of substitutions with a timetable, but no quantified audit or no yearly reduction target.',
          4: 'An audit of single-use plastic items with yearly quantities, dated substitutions to reusable or refillable alternatives, and a yearly reduction target in items or kg.',
          5: 'Everything in a 4, plus infection prevention and control respected with reasons given for items kept single-use, and work with suppliers to cut plastic packaging on deliveries.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Reduction in single-use plastic items used in delivering the contract compared with the baseline audit, converted to weight using supplier product data',
        unit: 'kg of single-use plastic avoided (with number of items)',
        target: '{target} kg of single-use plastic avoided each contract year compared with the baseline audit',
        frequency: 'six-monthly',
        evidence:
          'Baseline audit; purchasing records or supplier statements showing quantities of single-use and replacement items bought; product weight data used in the calculation',
      },
    },
  },
  {
    id: 'ghg-savings-transport',
    text: 'Savings in Greenhouse Gas (GHG) emissions on the contract from transport.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['environmental-impacts-reduced', 'sustainable-travel'],
    measureType: 'tco2e',
    unit: 'tonnes CO2e',
    keywords: [
      'carbon',
      'CO2',
      'vehicle emissions',
      'fleet',
      'grey fleet',
      'fuel use',
      'diesel',
      'business mileage',
      'electric vehicles',
      'EV',
      'route planning',
      'net zero',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will reduce greenhouse gas emissions from the vehicles, business travel and deliveries used to deliver {contractName} against an agreed baseline, and will report the savings in tonnes of carbon dioxide equivalent (tCO2e) for each year of {contractTerm}.',
      },
      procurement: {
        question:
          'Explain how you will reduce greenhouse gas emissions from transport in delivering {contractName}, including fleet vehicles, staff business travel and deliveries. State the baseline, the tCO2e saving you commit to each year, the measures that will achieve it and how you will calculate it. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A transport emissions baseline for the contract from fuel used or mileage by vehicle type, with the source of the data.',
          'Measures with estimated savings: for example moving to electric or other zero emission vehicles, route optimisation and scheduling, eco-driving training, consolidated deliveries, and active travel or public transport for staff.',
          'Calculation with the UK Government greenhouse gas conversion factors for the reporting year (fuel in litres, or distance by vehicle type).',
          'Year-by-year tCO2e savings and the data (telematics, fuel cards, mileage claims) that will evidence them.',
          'Charging or refuelling arrangements in {locality} that make the planned fleet changes realistic.',
        ],
        scoring: {
          0: 'No answer, or savings that cannot be measured.',
          1: 'Intent only, such as encouraging car sharing, with no figures.',
          2: 'Measures listed, with no baseline and no tCO2e savings.',
          3: 'Credible measures with limited quantification, such as savings estimated without fuel or mileage data.',
          4: 'A baseline from real fuel or mileage data by vehicle type, dated measures with yearly tCO2e savings, and calculation with the UK Government conversion factors for the reporting year.',
          5: 'Everything in a 4, plus telematics, fuel card or mileage claim data to evidence the savings, and charging or refuelling arrangements in {locality} that make fleet changes realistic.',
        },
        responseLimitWords: 600,
      },
      contractManagement: {
        measure:
          'Greenhouse gas emissions saved against the agreed baseline from transport used to deliver the contract (fleet, grey fleet business mileage and deliveries), calculated from fuel or mileage data with the UK Government conversion factors',
        unit: 'tonnes CO2e (tCO2e)',
        target: '{target} tCO2e saved from transport against the baseline each contract year',
        frequency: 'quarterly',
        evidence:
          'Fuel card statements or telematics reports; business mileage claims by vehicle type; the carbon calculation showing the conversion factors used',
      },
    },
  },
  {
    id: 'nox-savings',
    text: 'Savings in NOx emissions on the contract from transport.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['air-pollution-reduced', 'sustainable-travel'],
    measureType: 'kg',
    unit: 'kg NOx',
    keywords: [
      'nitrogen oxides',
      'nitrogen dioxide',
      'NO2',
      'air quality',
      'air pollution',
      'diesel',
      'exhaust emissions',
      'tailpipe',
      'clean air',
      'Euro 6',
      'AQMA',
      'fleet',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will reduce emissions of nitrogen oxides (NOx) from the vehicles used to deliver {contractName}, particularly in and around Air Quality Management Areas in {locality}, and will report the kilograms saved against an agreed baseline throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you reduce NOx emissions from the transport used on {contractName}? Describe your current vehicles and journeys, the changes you will make (for example to vehicle type, emission standard, routes and idling), how you will calculate NOx savings in kg and the saving you commit to each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A baseline of vehicles used on the contract (fuel type and Euro emission standard) and their annual mileage.',
          'Specific changes: replacing older diesel vehicles with zero emission or Euro 6 / Euro VI vehicles, routes that avoid congestion and Air Quality Management Areas, an anti-idling policy, driver training.',
          'A recognised method for calculating NOx, such as the Defra Emissions Factors Toolkit, applied to mileage by vehicle type.',
          'Annual NOx savings in kg, with the telematics or mileage records that will prove them.',
          'Attention to where emissions happen, prioritising streets near schools, care homes and busy town centres.',
        ],
        scoring: {
          0: 'No answer, or changes that would increase NOx, such as more older diesel mileage.',
          1: 'Vehicle replacement described only in general terms.',
          2: 'Changes named, with no baseline of vehicles, emission standards or mileage.',
          3: 'Dated fleet or routing changes with a baseline, but NOx savings not calculated in kg.',
          4: 'A baseline of vehicles by fuel type and Euro standard with annual mileage, dated changes (cleaner vehicles, routes avoiding Air Quality Management Areas, anti-idling), and yearly NOx savings in kg calculated with a recognised method such as the Defra Emissions Factors Toolkit.',
          5: 'Everything in a 4, plus telematics or mileage records to prove the savings and priority for streets near schools, care homes and busy town centres.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'NOx emitted by vehicles used to deliver the contract, calculated from mileage by vehicle type and emission standard, compared with the agreed baseline',
        unit: 'kg NOx saved',
        target: '{target} kg NOx saved against the baseline each contract year',
        frequency: 'six-monthly',
        evidence:
          'Vehicle list with fuel type and Euro standard; telematics or mileage records; the NOx calculation (for example Defra Emissions Factors Toolkit output)',
      },
    },
  },
  {
    // Joined across a page break in the seed ("... emitted directly" / "into the atmosphere) ...").
    id: 'pm25-savings',
    text: 'Savings in PM2.5 emissions (fine particles with a size (diameter) generally less than 2.5 micrometres emitted directly into the atmosphere) on the contract.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['air-pollution-reduced', 'environmental-impacts-reduced'],
    measureType: 'kg',
    unit: 'kg PM2.5',
    keywords: [
      'particulate matter',
      'particulates',
      'PM 2.5',
      'air quality',
      'air pollution',
      'diesel',
      'exhaust emissions',
      'brake and tyre wear',
      'wood burning',
      'biomass',
      'clean air',
      'soot',
    ],
    notes: [
      'Since the framework was written, the Environment Act 2021 has led to a legal target for PM2.5 in England: an annual mean concentration of 10 micrograms per cubic metre by 2040 (Environmental Targets (Fine Particulate Matter) (England) Regulations 2023).',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will reduce the fine particulate matter (PM2.5) emitted directly by its activities on {contractName}, from vehicles, plant and any fuel burnt on site, and will report the kilograms saved against an agreed baseline in each year of {contractTerm}.',
      },
      procurement: {
        question:
          'Describe the main sources of PM2.5 emissions in delivering {contractName} (for example vehicle exhaust, brake and tyre wear, generators, boilers or solid fuel burning) and how you will reduce them. State the saving in kg you commit to each year and how it will be calculated. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The contract’s direct sources of PM2.5 identified, with a baseline estimate in kg.',
          'Reduction measures matched to each source: for example zero emission vehicles, smoother driving and lighter vehicles to cut brake and tyre wear, replacing diesel generators, no solid fuel or biomass burning.',
          'A stated calculation method (for example the Defra Emissions Factors Toolkit for road transport, National Atmospheric Emissions Inventory emission factors for other sources).',
          'Annual kg savings and the activity data that will evidence them.',
          'Priority for places where people are most exposed or vulnerable, such as schools, care settings and town centres.',
        ],
        scoring: {
          0: 'No answer, or measures that shift particulate emissions to other sources, such as biomass burning.',
          1: 'Air quality mentioned with no measure specific to particulates.',
          2: 'Measures named, with no sources identified and no baseline.',
          3: 'Sensible measures matched to sources, but savings not quantified in kg.',
          4: 'The contract’s direct PM2.5 sources identified with a baseline in kg, measures matched to each source (exhaust and brake and tyre wear included), and yearly kg savings calculated with a stated method.',
          5: 'Everything in a 4, plus activity data to evidence the savings and priority for places where people are most exposed or vulnerable.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'PM2.5 emitted directly by vehicles, plant and fuel use on the contract (exhaust and non-exhaust), calculated from activity data with a recognised emission factor method and compared with the agreed baseline',
        unit: 'kg PM2.5 saved',
        target: '{target} kg PM2.5 saved against the baseline each contract year',
        frequency: 'six-monthly',
        evidence:
          'Activity data (mileage by vehicle type, fuel and generator use); the PM2.5 calculation with emission factors and their source; records of vehicle or equipment changes',
      },
    },
  },
  {
    id: 'car-miles-saved',
    text: 'Car miles saved on the project.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['sustainable-travel', 'care-miles-reduced', 'air-pollution-reduced'],
    measureType: 'miles',
    unit: 'car miles saved',
    keywords: [
      'mileage reduction',
      'fewer journeys',
      'travel reduction',
      'car sharing',
      'car pooling',
      'active travel',
      'cycling',
      'walking',
      'public transport',
      'route planning',
      'care miles',
      'commuting',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will reduce the car miles driven to deliver {contractName} through better scheduling, local staffing, shared and active travel and remote contact where appropriate, and will report car miles saved against an agreed baseline throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many car miles will you save in delivering {contractName}, and how? Set out the car mileage expected without intervention, the actions you will take to reduce it (for example rostering by area, recruiting staff who live locally, car sharing, cycling, walking, public transport, virtual meetings) and how you will record the miles saved. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A clear baseline of expected car miles (for example from rota modelling or a comparable contract) against which savings are counted.',
          'Specific actions, each with an estimated saving: for example rostering that clusters visits by area, local recruitment, pool bikes or e-bikes, a travel plan and car sharing.',
          'A simple, auditable recording method (rostering system, mileage claims or telematics) that avoids double counting.',
          'An annual target for car miles saved, reviewed as the service changes.',
          'Care quality protected: visit lengths and continuity of care are not cut to save miles.',
        ],
        scoring: {
          0: 'No answer, or savings made by cutting visit lengths or continuity of care.',
          1: 'Travel reduction mentioned with no actions and no baseline.',
          2: 'Actions listed, with no baseline and no estimated savings; savings could not be verified.',
          3: 'Actions with estimated savings, but no credible baseline or no auditable recording method.',
          4: 'A credible baseline of expected car miles, specific actions each with an estimated saving (such as rostering by area or local recruitment), an auditable recording method that avoids double counting, and a yearly target.',
          5: 'Everything in a 4, plus the target reviewed as the service changes and visit lengths and continuity of care protected.',
        },
        scoringGuidance:
          'Without a baseline the savings cannot be verified: an answer with no baseline scores no more than 2.',
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Car miles driven to deliver the contract (staff business mileage, including private cars used for work) compared with the agreed baseline',
        unit: 'miles',
        target: '{target} car miles saved against the baseline each contract year',
        frequency: 'quarterly',
        evidence:
          'Rostering or scheduling system mileage reports; business mileage claims; telematics data; calculation of miles saved against the baseline',
      },
    },
  },
  {
    id: 'low-emission-vehicles',
    text: 'Number of low or no emission staff vehicles included on project (miles driven).',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['air-pollution-reduced', 'sustainable-travel', 'environmental-impacts-reduced'],
    measureType: 'miles',
    unit: 'miles driven in low or no emission vehicles',
    keywords: [
      'electric vehicles',
      'EV',
      'EVs',
      'electric cars',
      'zero emission vehicles',
      'ZEV',
      'ULEV',
      'hybrid',
      'plug-in hybrid',
      'hydrogen',
      'green fleet',
      'salary sacrifice',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will use zero or low emission vehicles for staff travel on {contractName}, increasing their share of the miles driven over {contractTerm}, and will report the number of such vehicles in use and the miles they drive.',
      },
      procurement: {
        question:
          'How many low or no emission vehicles will staff use on {contractName}, and what share of contract miles will they drive? Describe the vehicles (fuel type and tailpipe emissions), when they will be introduced, how staff will charge or refuel them in {locality}, and how miles will be recorded. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Numbers of zero emission (battery electric or hydrogen) and low emission vehicles to be used, with dates, and their share of total contract miles.',
          'A definition of low emission stated up front (for example tailpipe CO2 below 75g/km), so that hybrids are counted honestly.',
          'Practical charging or refuelling arrangements, including for staff who take vehicles home.',
          'Support for staff who use their own cars for work (for example a salary sacrifice or lease scheme for electric cars).',
          'Mileage recorded by vehicle, so that miles driven in low or no emission vehicles can be reported.',
        ],
        scoring: {
          0: 'No answer, or hybrids counted as zero emission.',
          1: 'An aspiration to move to electric vehicles with no numbers or dates.',
          2: 'Vehicle numbers, with no dates and no definition of low emission.',
          3: 'Firm vehicle numbers and dates, but little detail on charging, use or how miles will be recorded.',
          4: 'Firm numbers and dates for zero and low emission vehicles, a stated emission definition (such as tailpipe CO2 below 75g/km), realistic charging arrangements, and mileage recorded by vehicle.',
          5: 'Everything in a 4, plus support for staff who use their own cars for work, such as a salary sacrifice scheme for electric cars.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Miles driven on contract business by zero or low emission vehicles (as defined in the contract), with the number of such vehicles in use and their share of total contract miles',
        unit: 'miles (and number of vehicles)',
        target: '{target} miles driven in low or no emission vehicles each contract year',
        frequency: 'quarterly',
        evidence:
          'Vehicle register with registration, fuel type and CO2 g/km (for example V5C or lease records); telematics or mileage logs by vehicle',
      },
    },
  },
  {
    id: 'flexible-working-reduce-travel',
    text: 'Initiatives to promote flexible working, including working from home, to reduce unnecessary staff travel.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['sustainable-travel', 'environmental-impacts-reduced'],
    measureType: 'miles',
    unit: 'staff travel miles avoided',
    keywords: [
      'hybrid working',
      'remote working',
      'home working',
      'WFH',
      'agile working',
      'virtual meetings',
      'video calls',
      'teleconferencing',
      'commuting',
      'business travel',
      'work-life balance',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will use flexible working, including home and hybrid working and virtual meetings, to avoid unnecessary staff travel on {contractName} without reducing the quality or accessibility of the service, and will report the staff travel miles avoided throughout {contractTerm}.',
      },
      procurement: {
        question:
          'Describe how you will use flexible working to cut unnecessary staff travel (commuting and business journeys) in delivering {contractName}. Explain which roles and activities it will apply to, the policies and tools you will use, how you will protect service quality and staff wellbeing, and how you will estimate the miles avoided. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The roles, meetings and tasks that can be done remotely or from a nearer base identified, and those that must stay face to face.',
          'A flexible working policy and the technology to support it (for example secure remote access, video calls), with managers trained to use them.',
          'A method to estimate miles avoided (for example a staff travel survey with records of home-working days and remote meetings) and an annual target.',
          'Safeguards for staff wellbeing and isolation, and for service users who need in-person contact.',
          'Links to the Provider’s travel plan and carbon reporting.',
        ],
        scoring: {
          0: 'No answer, or remote working that leaves service users without in-person contact they need.',
          1: 'A flexible working policy on its own, with no link to travel reduction.',
          2: 'Flexible working described, with no roles or activities identified.',
          3: 'A targeted approach by role and activity, but no method of counting miles avoided.',
          4: 'Roles, meetings and tasks that can be done remotely identified (and those that cannot), the policy and technology to support it, a method of estimating miles avoided such as a staff travel survey, and a yearly target.',
          5: 'Everything in a 4, plus safeguards for staff wellbeing and for service users who need in-person contact, and links to the Provider’s travel plan and carbon reporting.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Staff commuting and business travel miles avoided on the contract through home or hybrid working and remote meetings, estimated from a staff travel survey and records of home-working days and virtual meetings',
        unit: 'miles avoided',
        target: '{target} staff travel miles avoided each contract year',
        frequency: 'six-monthly',
        evidence:
          'Flexible working policy; annual staff travel survey results; home-working and virtual meeting records; the calculation of miles avoided',
      },
    },
  },
  {
    id: 'local-digital-care',
    text: 'Support the development of services that promote care to be delivered more locally through the digitisation of services.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['care-miles-reduced', 'sustainable-travel'],
    measureType: 'number',
    unit: 'care contacts delivered digitally',
    keywords: [
      'telehealth',
      'telecare',
      'technology enabled care',
      'TEC',
      'digital health',
      'remote monitoring',
      'virtual wards',
      'video consultations',
      'online appointments',
      'care closer to home',
      'digital inclusion',
      'care miles',
    ],
    notes: [
      "Since the framework was written, the UK's analogue telephone network has been scheduled for switch-off (currently planned for completion by January 2027); telecare and other connected care equipment must work on digital lines.",
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will develop and use digital ways of delivering care, such as remote monitoring, telecare and video consultations, so that people in {locality} receive more of their care at or close to home with fewer journeys, while keeping face-to-face care for those who need or prefer it, throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you use digital technology to deliver care more locally under {contractName}? Describe the services or pathways you will digitise, who will benefit, how you will make sure people who are not online are not disadvantaged, and the number of care contacts or journeys you expect to replace each year. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Specific pathways or contacts to be delivered digitally (for example video reviews, remote monitoring of long-term conditions, digital telecare) and the journeys this removes.',
          'Evidence that the approach works for the people concerned, and their involvement in designing it.',
          'Digital inclusion: support, devices or connectivity for those who need them, and a face-to-face option always available.',
          'Information governance and safety: UK GDPR compliance, the NHS Data Security and Protection Toolkit where relevant, and clinical safety standards (DCB0129 and DCB0160) for digital health products.',
          'Numbers of digital contacts and journeys avoided each year, and how outcomes and satisfaction will be tracked.',
        ],
        scoring: {
          0: 'No answer, or digital contacts that would replace care people need in person, such as hands-on clinical care.',
          1: 'General support for digital innovation, with no pathways named.',
          2: 'Digital services named, with no pathways, numbers or digital inclusion.',
          3: 'A credible plan for specific pathways with limited numbers, or with a face-to-face option but little digital inclusion support.',
          4: 'Specific pathways to be delivered digitally with yearly numbers of contacts and journeys avoided, people’s involvement in the design, devices or support for those who need them, and a face-to-face option always available.',
          5: 'Everything in a 4, plus UK GDPR compliance, the NHS Data Security and Protection Toolkit where relevant, clinical safety standards DCB0129 and DCB0160, and outcomes and satisfaction tracked.',
        },
        scoringGuidance:
          'An answer that leaves people without a face-to-face option scores no more than 2.',
        responseLimitWords: 600,
      },
      contractManagement: {
        measure:
          'Number of care contacts (assessments, reviews, consultations or monitoring episodes) delivered digitally or remotely instead of requiring the person or staff to travel, with the estimated journeys avoided',
        unit: 'care contacts (and journeys avoided)',
        target: '{target} care contacts delivered digitally or remotely each contract year',
        frequency: 'quarterly',
        evidence:
          'Activity data from the case management or telecare system by contact type; the journeys-avoided calculation; a summary of service user feedback; digital inclusion support log',
      },
    },
  },
  {
    id: 'green-infrastructure-volunteering',
    text: 'Voluntary time dedicated to the creation or management of green infrastructure, to increase biodiversity, or to keep green spaces clean.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['better-places-to-live', 'environmental-impacts-reduced'],
    measureType: 'hours',
    unit: 'volunteer hours',
    keywords: [
      'employee volunteering',
      'staff volunteering',
      'tree planting',
      'parks',
      'litter picking',
      'conservation',
      'wildlife',
      'habitat',
      'nature',
      'community garden',
      'rewilding',
      'Friends groups',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will give staff time to volunteer on projects that create or care for green infrastructure in {locality}, such as parks, woodland, verges and community gardens, increasing biodiversity and keeping green spaces clean, and will report the hours given throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How many hours of staff volunteering will you dedicate to green infrastructure, biodiversity or keeping green spaces clean in {locality} during {contractName}? Name the kinds of projects and local partners, how you will release and support staff, and how hours and results will be recorded. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'A committed number of volunteer hours each year, given in paid working time.',
          'Named or likely local partners (for example the council’s parks and countryside service, the local wildlife trust, Friends of parks groups, town and parish councils), with activities agreed with the landowner.',
          'Activities that meet a real local need: habitat creation, tree planting and aftercare, removing invasive species, litter picking.',
          'Health and safety arrangements, insurance and supervision for volunteers.',
          'Records of hours and results (for example trees planted, area improved, bags of litter collected).',
        ],
        scoring: {
          0: 'No answer, or volunteering in staff’s own time only.',
          1: 'An offer to volunteer with no hours committed.',
          2: 'Hours mentioned, with no partners or activities.',
          3: 'Yearly hours committed in working time, but partners and activities vague.',
          4: 'A firm yearly hours commitment in paid working time, confirmed or credible local partners (such as the council’s parks service or the local wildlife trust), activities agreed with the landowner that meet a local need, and health and safety arrangements.',
          5: 'Everything in a 4, plus records of hours and results, such as trees planted, area improved or bags of litter collected.',
        },
        responseLimitWords: 350,
      },
      contractManagement: {
        measure:
          'Hours of staff time, given in working hours, spent volunteering on creating or managing green infrastructure, increasing biodiversity or keeping green spaces clean in {locality}',
        unit: 'volunteer hours',
        target: '{target} volunteer hours each contract year',
        frequency: 'quarterly',
        evidence:
          'Volunteering log (date, project, partner, staff hours); confirmation from the partner organisation; photographs and recorded outputs (for example trees planted, area cleared)',
      },
    },
  },
  {
    id: 'local-green-space',
    text: 'Initiatives to ensure that the positive impact on local green space as a result of the contract will be maximised.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['better-places-to-live', 'environmental-impacts-reduced'],
    measureType: 'number',
    unit: 'square metres of green space improved',
    keywords: [
      'parks',
      'open space',
      'green infrastructure',
      'biodiversity net gain',
      'BNG',
      'trees',
      'planting',
      'habitat',
      'landscaping',
      'nature recovery',
      'public realm',
      'wildflowers',
    ],
    notes: [
      'Since the framework was written, 10% biodiversity net gain has become mandatory for most new development in England under the Environment Act 2021 (from 12 February 2024 for major development and 2 April 2024 for small sites). Where the contract involves development, ask for improvements beyond what planning already requires.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will protect the local green space affected by {contractName} and take practical steps to improve it, such as new planting, habitat creation and better public access, so that green space in {locality} is left better than it was found by the end of {contractTerm}.',
      },
      procurement: {
        question:
          'How will you maximise the positive impact of {contractName} on local green space in {locality}? Describe the green spaces the contract affects or could benefit, the improvements you will make and when, how you will involve local people, and how the improvements will be maintained and measured. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The green spaces the contract uses, affects or is near identified, with any risks to them.',
          'Specific improvements with quantities and dates (for example area of habitat created or restored, trees planted, paths or seating improved).',
          'Improvements that go beyond legal and planning requirements such as biodiversity net gain.',
          'Local residents, community groups and the council’s greenspace officers involved in choosing and caring for the improvements.',
          'A maintenance plan so the benefits last beyond the contract.',
        ],
        scoring: {
          0: 'No answer, or harm to green space not addressed.',
          1: 'A promise to avoid harm to green space only, with no improvements.',
          2: 'Improvements named, with no spaces, quantities or dates.',
          3: 'Credible improvements to named spaces, but no quantities, dates or maintenance.',
          4: 'Quantified, dated improvements to named spaces that go beyond legal and planning requirements such as biodiversity net gain, chosen with local residents, community groups and the council’s greenspace officers.',
          5: 'Everything in a 4, plus a maintenance plan so that the benefits last beyond the contract.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Area of local green space created, restored or improved as a result of the contract (for example habitat, planting, access improvements), with the number of trees planted recorded separately',
        unit: 'square metres',
        target: '{target} square metres of local green space created, restored or improved by the end of the contract',
        frequency: 'annually',
        evidence:
          'Plans or maps showing the areas improved; before-and-after photographs; planting records; sign-off by the landowner or the council’s greenspace team',
      },
    },
  },
  {
    id: 'sustainable-procurement-contracts',
    text: 'Number of procurement contracts that include sustainable procurement commitments or other relevant requirements and certifications (e.g. to use local produce, reduce food waste, and keep resources in circulation longer).',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['sustainable-governance', 'environmental-impacts-reduced'],
    measureType: 'number',
    unit: 'supply chain contracts',
    keywords: [
      'green procurement',
      'sustainable sourcing',
      'supply chain',
      'subcontracts',
      'circular economy',
      'reuse',
      'ISO 14001',
      'ISO 20400',
      'Government Buying Standards',
      'environmental standards',
      'eco-labels',
      'greener suppliers',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will include sustainable procurement commitments, requirements or certifications in its own contracts with suppliers and subcontractors for {contractName}, such as using local produce, reducing food waste and keeping resources in use for longer, and will report the number of such contracts throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will you build sustainability into your own procurement for {contractName}? Tell us which supply contracts you will let or renew, the sustainability commitments, requirements or certifications you will include in them, and how you will check that suppliers meet them. Give the number of contracts you commit to. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The main supply contracts for the contract listed (for example food, cleaning products, equipment, vehicles, IT), showing which will carry sustainability requirements.',
          'Relevant, specific requirements: for example local and seasonal produce, food waste reduction targets, repairable or refurbished equipment, take-back schemes, recognised standards such as ISO 14001 or the Government Buying Standards.',
          'How compliance will be checked (certificates, audits, supplier reporting) and what happens if suppliers fall short.',
          'The number of contracts that will include commitments each year.',
          'Support for small and local suppliers to meet the requirements.',
        ],
        scoring: {
          0: 'No answer, or only the bidder’s own certification with nothing passed down the supply chain.',
          1: 'Only the bidder’s own environmental policy or certification.',
          2: 'Requirements mentioned, with no supply contracts identified.',
          3: 'Suitable requirements for the main supply contracts, but no number of contracts committed.',
          4: 'The main supply contracts listed, a yearly number of contracts that will carry requirements specific to the goods and services bought (such as ISO 14001 or the Government Buying Standards), and compliance checked through certificates, audits or supplier reporting.',
          5: 'Everything in a 4, plus stated action when suppliers fall short and support for small and local suppliers to meet the requirements.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure:
          'Number of the Provider’s supply chain contracts for the contract (new, renewed or varied during the year) that include sustainable procurement commitments, requirements or certifications',
        unit: 'contracts',
        target: '{target} supply chain contracts including sustainable procurement commitments by the end of each contract year',
        frequency: 'annually',
        evidence:
          'Contract register extract listing each contract, supplier and the sustainability clauses or certifications included; copies of the relevant clauses; supplier certificates',
      },
    },
  },
  {
    id: 'sustainable-procurement-spend',
    text: 'Total spend on procurement contracts that include sustainable procurement commitments or other relevant requirements and certifications (e.g. to use local produce, reduce food waste, and keep resources in circulation longer).',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['sustainable-governance', 'environmental-impacts-reduced'],
    measureType: 'gbp',
    unit: '£',
    keywords: [
      'green procurement',
      'sustainable spend',
      'supply chain spend',
      'circular economy',
      'local food',
      'reuse',
      'refurbished',
      'ISO 14001',
      'Government Buying Standards',
      'environmental standards',
      'eco-labels',
      'contract value',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will direct its spend on {contractName} towards supply contracts that include sustainable procurement commitments, requirements or certifications, and will report the value and share of that spend in each year of {contractTerm}.',
      },
      procurement: {
        question:
          'What proportion of your supply chain spend on {contractName} will go through contracts that include sustainable procurement commitments, requirements or certifications? Give the expected total (£) and percentage of spend each year, the contracts involved and how you will verify the commitments. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'Total expected supply chain spend for the contract, and the £ value and % of it under contracts with sustainability commitments, by year.',
          'Priority given to the categories with the greatest environmental impact (for example food, energy, vehicles, construction materials).',
          'Specific commitments in those contracts (local produce, less food waste, reuse and repair, recycled content), not just certificates the supplier happens to hold.',
          'A spend reporting method from the Provider’s finance system that separates spend on this contract from the rest of the business.',
          'How the share of spend will grow over the contract term.',
        ],
        scoring: {
          0: 'No answer, or no supply chain spend under contracts with sustainability commitments.',
          1: 'Intentions to buy sustainably, with no £ value or percentage.',
          2: 'A figure with no link to the contracts or categories concerned.',
          3: 'Clear intent with partial figures, such as a £ value without a percentage of total spend.',
          4: 'Yearly £ and percentage commitments, priority for the categories with the greatest environmental impact, and real commitments in those contracts, not just certificates suppliers already hold.',
          5: 'Everything in a 4, plus spend reported from the finance system separately from the rest of the business, and a share that grows over the contract.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Spend (£, excluding VAT) in the reporting period under supply chain contracts for the contract that include sustainable procurement commitments, requirements or certifications, also shown as a % of total supply chain spend',
        unit: '£ (and % of supply chain spend)',
        target: '£{target} spent through contracts with sustainable procurement commitments each contract year',
        frequency: 'six-monthly',
        evidence:
          'Finance system spend report by supplier for the contract, matched to the contract register showing which contracts carry sustainability commitments',
      },
    },
  },
  {
    id: 'ethical-procurement-plastics',
    text: 'Ethical procurement of goods re limited use of plastic packaging and single-use plastics.',
    themes: ['environmental'],
    marmotPriorities: [],
    outcomes: ['sustainable-governance', 'environmental-impacts-reduced'],
    measureType: 'percent',
    unit: '% of goods spend',
    keywords: [
      'plastic-free packaging',
      'packaging reduction',
      'sustainable packaging',
      'recyclable packaging',
      'recycled content',
      'returnable packaging',
      'bulk buying',
      'suppliers',
      'purchasing',
      'Plastic Packaging Tax',
      'green procurement',
    ],
    notes: [
      'Since the framework was written, Plastic Packaging Tax (from 1 April 2022) applies to plastic packaging made in or imported into the UK that contains less than 30% recycled plastic, extended producer responsibility for packaging is being introduced from 2025, and some single-use plastic items are banned in England. Commitments should go further than these legal baselines.',
    ],
    wording: {
      planning: {
        outcome:
          'The Provider will buy the goods needed for {contractName} from suppliers who keep plastic packaging and single-use plastics to a minimum, favouring reusable, returnable, refillable or recyclable alternatives, and will report the share of goods bought on that basis throughout {contractTerm}.',
      },
      procurement: {
        question:
          'How will your purchasing of goods for {contractName} limit plastic packaging and single-use plastics? Identify the main goods you will buy, the packaging requirements you will set for suppliers, how you will check they are met, and the percentage of goods spend you commit to buying on this basis. (Maximum {responseLimit} words.)',
        strongAnswer: [
          'The main product lines and their current packaging, with the biggest sources of plastic identified.',
          'Requirements set for suppliers: for example bulk or returnable packaging, no unnecessary secondary packaging, minimum recycled content, refill systems, take-back of packaging.',
          'Supplier checks (specifications, declarations, delivery audits) and the action taken where requirements are not met.',
          'A percentage of goods spend to be bought under these requirements each year, rising over the term.',
          'Care that alternatives do not create other impacts (for example heavier materials increasing transport emissions).',
        ],
        scoring: {
          0: 'No answer, or alternatives that create a worse impact.',
          1: 'Reliance on suppliers’ general policies, with no packaging requirements set.',
          2: 'Packaging requirements mentioned, with no product lines identified.',
          3: 'Good requirements for the main product lines, but no percentage of goods spend.',
          4: 'The main product lines and their biggest sources of plastic identified, requirements set for suppliers (such as bulk or returnable packaging and minimum recycled content), supplier checks, and a yearly percentage of goods spend rising over the term.',
          5: 'Everything in a 4, plus stated action where requirements are not met and alternatives chosen to avoid other impacts, such as heavier materials increasing transport emissions.',
        },
        responseLimitWords: 400,
      },
      contractManagement: {
        measure:
          'Spend on goods for the contract bought from suppliers meeting the agreed plastic packaging and single-use plastic requirements, as a % of total spend on goods for the contract',
        unit: '% of goods spend',
        target: '{target}% of goods spend meets the agreed plastic packaging requirements by the end of each contract year',
        frequency: 'six-monthly',
        evidence:
          'Purchasing report by supplier and product line; supplier packaging declarations or specifications; delivery audit records',
      },
    },
  },
];
