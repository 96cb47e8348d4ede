/**
 * Domain synonyms and abbreviations for social value search.
 *
 * Each group is a set of words or phrases that mean the same thing (or one
 * names a case of the other) in UK public-sector commissioning. A query that
 * uses any member finds indicators worded with any other member. This is
 * general domain vocabulary, not tuning for particular indicators: it must
 * make sense for any framework, imported ones included. A term may sit in a
 * broad group and a narrower one ("particulates" is air quality, and also
 * specifically fine particles): an indicator sharing the narrower group then
 * ranks first.
 *
 * Phrases are matched word by word after normalisation and light stemming
 * (see normalise.ts), so plurals and -ing forms need not be listed.
 * UK/US spellings are handled generically in normalise.ts.
 *
 * A group may also name `related` groups: topics an officer searching for
 * one expects to see next, though they are not the same thing (carbon and
 * energy use, carbon and vehicle emissions). Relations work both ways. A
 * related match counts for much less than a synonym (see shortlist.ts)
 * and is never highlighted, so it orders and completes the list without
 * claiming to be what was typed.
 */

export interface SynonymGroup {
  /** Stable id, used for the hidden concept field; never shown. */
  id: string;
  terms: readonly string[];
  /** Ids of related groups (the relation is symmetric: naming it on one side is enough). */
  related?: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Environment
  {
    id: 'greenhouse-gas',
    terms: [
      'ghg', 'greenhouse gas', 'greenhouse gases', 'carbon', 'co2', 'co2e', 'tco2e', 'carbon dioxide',
      'carbon emissions', 'co2 emissions', 'net zero', 'carbon neutral', 'carbon footprint', 'decarbonisation',
      'low carbon', 'climate change',
    ],
    related: ['emissions', 'low-emission-vehicles', 'energy', 'mileage'],
  },
  // Emissions of any kind: carbon, NOx, particulates.
  { id: 'emissions', terms: ['emission', 'emissions', 'pollutant', 'pollutants', 'tailpipe'], related: ['air-quality', 'low-emission-vehicles'] },
  {
    id: 'low-emission-vehicles',
    terms: [
      'ev', 'evs', 'electric vehicle', 'electric car', 'electric van', 'electric fleet', 'low emission',
      'no emission', 'zero emission', 'low or no emission', 'ulev', 'ultra low emission', 'hybrid vehicle',
      'low carbon vehicle',
    ],
    related: ['vehicles', 'air-quality'],
  },
  { id: 'vehicles', terms: ['vehicle', 'car', 'van', 'fleet', 'pool car', 'lorry', 'hgv'] },
  { id: 'travel', terms: ['transport', 'transportation', 'travel', 'commuting', 'commute', 'journeys'] },
  {
    id: 'mileage',
    terms: ['mileage', 'business mileage', 'car miles', 'miles driven', 'miles travelled', 'vehicle miles', 'grey fleet', 'care miles'],
  },
  {
    id: 'air-quality',
    terms: [
      'air quality', 'air pollution', 'nox', 'nitrogen oxide', 'nitrogen oxides', 'nitrogen dioxide', 'no2',
      'particulates', 'particulate matter', 'pm25', 'pm10', 'fine particles', 'exhaust emissions',
    ],
  },
  { id: 'fine-particles', terms: ['particulates', 'particulate matter', 'pm25', 'pm10', 'fine particles'] },
  { id: 'plastics', terms: ['plastic', 'plastics', 'single use', 'singleuse', 'polystyrene', 'disposable cups'] },
  {
    id: 'waste',
    terms: ['waste', 'recycling', 'recycle', 'recycled', 'reuse', 're use', 'landfill', 'circular economy', 'zero waste', 'refurbish'],
  },
  {
    id: 'green-space',
    terms: [
      'biodiversity', 'green space', 'green spaces', 'green infrastructure', 'nature', 'wildlife', 'habitat',
      'tree planting', 'trees', 'parks', 'greening', 'rewilding', 'ecology', 'open space',
    ],
  },
  {
    id: 'energy',
    terms: ['energy', 'energy efficiency', 'energy saving', 'energy consumption', 'electricity', 'power use', 'renewable energy', 'heating', 'lighting'],
  },
  {
    id: 'fuel-poverty',
    terms: ['fuel poverty', 'energy poverty', 'cold homes', 'warm homes', 'heating costs', 'energy bills', 'fuel switching'],
    related: ['energy'],
  },
  {
    id: 'sustainable-procurement',
    terms: ['sustainable procurement', 'green procurement', 'environmental procurement', 'sustainable sourcing', 'sustainable purchasing'],
  },

  // Organisations and spend
  {
    id: 'vcse',
    terms: [
      'vcse', 'vcses', 'vcs', 'vcfse', 'charity', 'charities', 'charitable', 'voluntary sector', 'voluntary groups',
      'voluntary organisations', 'voluntary and community sector', 'third sector', 'community groups',
      'community organisations', 'community sector', 'social enterprise', 'social enterprises', 'not for profit',
      'non profit', 'nonprofit', 'community interest company', 'cic',
    ],
  },
  {
    id: 'sme',
    terms: [
      'sme', 'smes', 'small business', 'small businesses', 'small firms', 'micro business', 'micro businesses',
      'small and medium enterprises', 'small and medium sized enterprises', 'small and medium sized businesses',
    ],
  },
  {
    id: 'business-start-up',
    terms: ['start up', 'start ups', 'startup', 'startups', 'new business', 'new businesses', 'entrepreneurs', 'enterprise support', 'business growth'],
  },
  { id: 'spend', terms: ['spend', 'spent', 'spending', 'expenditure', 'amount spent', 'money spent'] },
  {
    id: 'local-supply',
    terms: [
      'local suppliers', 'local supplier', 'local supply chain', 'local producers', 'local produce',
      'local businesses', 'local business', 'local spend', 'buy local', 'buying local', 'local procurement',
      'locally sourced', 'local sourcing', 'local smes', 'local firms', 'local companies',
    ],
  },
  { id: 'supply-chain', terms: ['supply chain', 'supply chains', 'suppliers', 'subcontractors', 'sub contractors', 'supplier'] },
  {
    id: 'reserved-contracts',
    terms: [
      'reserved contracts', 'reserved contract', 'supported businesses', 'supported business', 'supported employment',
      'sheltered workshops', 'sheltered workshop', 'supported factories', 'regulation 20', 'section 32',
    ],
  },
  {
    id: 'ethical-procurement',
    terms: ['ethical procurement', 'ethical sourcing', 'ethical supply chain', 'responsible procurement', 'fair trade', 'fairtrade'],
  },
  {
    id: 'modern-slavery',
    terms: ['modern slavery', 'slavery', 'human trafficking', 'trafficking', 'forced labour', 'child labour', 'debt bondage', 'labour exploitation'],
  },
  { id: 'in-kind', terms: ['pro bono', 'free of charge', 'in kind', 'room hire', 'meeting room', 'meeting rooms', 'room usage', 'venue'] },
  { id: 'donations', terms: ['donation', 'donations', 'donate', 'donated', 'donating', 'gift', 'gifts'] },
  { id: 'sponsorship', terms: ['sponsor', 'sponsorship', 'sponsoring', 'sponsored'] },
  { id: 'sport', terms: ['sport', 'sports', 'sports clubs', 'football', 'rugby', 'cricket', 'leisure'] },
  { id: 'arts', terms: ['arts', 'art', 'culture', 'cultural', 'creative', 'music', 'theatre'] },
  { id: 'percentage', terms: ['percent', 'percentage', 'proportion', 'per cent'] },

  // Employment
  {
    id: 'employment',
    terms: [
      'fte', 'full time equivalent', 'job', 'jobs', 'employment', 'employ', 'employed', 'recruitment', 'recruit',
      'recruited', 'hire', 'hiring', 'taken on', 'vacancies',
    ],
  },
  {
    id: 'local-employment',
    terms: ['local people', 'local residents', 'local workforce', 'local jobs', 'local labour', 'local recruitment', 'local staff'],
  },
  {
    id: 'apprenticeships',
    terms: ['apprentice', 'apprentices', 'apprenticeship', 'apprenticeships', 'traineeship', 'degree apprenticeship', 'apprenticeship levy'],
  },
  {
    id: 'work-placements',
    terms: ['work placement', 'work placements', 'work experience', 'placement', 'student placements', 'pre employment', 'job shadowing', 'traineeship'],
  },
  { id: 'internships', terms: ['internship', 'internships', 'intern', 'interns', 'supported internship', 'graduate scheme'] },
  {
    id: 'training',
    terms: [
      'training', 'qualification', 'qualifications', 'courses', 'course', 'nvq', 'btec', 'city and guilds', 'hnc',
      'hnd', 'upskilling', 'skills', 'accredited training',
    ],
  },
  {
    id: 'neet',
    terms: [
      'neet', 'not in education employment or training', 'not in education', 'young people', 'young person',
      'youth', 'under 24', 'under 25', 'school leavers', '16 to 24',
    ],
  },
  {
    id: 'long-term-unemployed',
    terms: ['long term unemployed', 'longterm unemployed', 'unemployed', 'unemployment', 'jobless', 'out of work', 'economically inactive'],
  },
  {
    id: 'living-wage',
    terms: ['living wage', 'real living wage', 'rlw', 'llw', 'london living wage', 'living wage foundation', 'fair pay'],
  },
  {
    id: 'minimum-wage',
    terms: ['minimum wage', 'national minimum wage', 'nmw', 'national living wage', 'nlw'],
  },
  {
    id: 'care-leavers',
    terms: [
      'care leaver', 'care leavers', 'looked after children', 'looked after child', 'children in care',
      'care experienced', 'lac', 'cla', 'corporate parenting',
    ],
  },
  {
    id: 'ex-offenders',
    terms: [
      'ex offender', 'ex offenders', 'exoffender', 'exoffenders', 'offender', 'offenders', 'prison leaver',
      'prison leavers', 'ex prisoner', 'ex prisoners', 'prisoners', 'rehabilitating', 'rehabilitation',
      'criminal record', 'criminal convictions', 'justice involved',
    ],
  },
  {
    id: 'ethnic-minority',
    terms: [
      'bme', 'bame', 'ethnic minority', 'ethnic minorities', 'black and minority ethnic',
      'black asian and minority ethnic', 'minority ethnic', 'global majority', 'race equality',
    ],
  },
  {
    id: 'veterans',
    terms: ['veteran', 'veterans', 'ex armed forces', 'armed forces', 'ex forces', 'ex service personnel', 'service leavers', 'forces leavers', 'military'],
  },
  { id: 'disability', terms: ['disabled', 'disability', 'disabilities', 'learning disability', 'learning disabilities', 'impairment', 'impairments'] },
  { id: 'older-workers', terms: ['over 50', 'over 50s', 'older workers', 'older people', 'older employees', '50 plus', 'over fifties'] },
  { id: 'single-parents', terms: ['single parent', 'single parents', 'lone parent', 'lone parents'] },
  {
    id: 'protected-characteristics',
    terms: ['protected characteristics', 'protected characteristic', 'equality act', 'under represented groups', 'underrepresented groups'],
  },
  {
    id: 'diversity',
    terms: [
      'diversity', 'edi', 'dei', 'equality diversity and inclusion', 'equality and diversity', 'diversity and inclusion',
      'equal opportunities', 'inclusion', 'inclusive', 'unconscious bias',
    ],
  },
  {
    id: 'women-returners',
    terms: [
      'women returners', 'returners', 'returning to work', 'return to work', 'career break', 'career breaks',
      'returnship', 'returnships', 'maternity', 'parental leave', 'back into the workplace', 'back to work',
    ],
  },
  {
    id: 'flexible-working',
    terms: [
      'flexible working', 'working from home', 'work from home', 'home working', 'homeworking', 'remote working',
      'hybrid working', 'agile working', 'wfh', 'teleworking', 'teleconferencing', 'flexitime',
    ],
  },
  {
    id: 'wellbeing',
    terms: ['wellbeing', 'well being', 'employee wellbeing', 'staff wellbeing', 'workplace health', 'staff health', 'welfare'],
  },
  { id: 'absence', terms: ['sickness absence', 'absenteeism', 'sick leave', 'sickness', 'absence', 'presenteeism'] },
  {
    id: 'mental-health-first-aid',
    terms: ['mhfa', 'mental health first aid', 'mental health first aider', 'mental health first aiders', 'first aiders'],
  },
  { id: 'time-to-change', terms: ['time to change', 'stigma', 'mental health stigma', 'employer pledge'] },
  { id: 'volunteering', terms: ['volunteer', 'volunteers', 'volunteering', 'volunteered', 'voluntary time', 'voluntary work', 'employee volunteering'] },
  { id: 'carers', terms: ['carer', 'carers', 'unpaid carers', 'young carers', 'family carers', 'caregiver', 'caregivers', 'caring responsibilities'] },

  // Health and care
  {
    id: 'homelessness',
    terms: ['homeless', 'homelessness', 'rough sleeping', 'rough sleepers', 'rough sleeper', 'temporary accommodation', 'temporary housing', 'sofa surfing', 'housing'],
  },
  { id: 'loneliness', terms: ['lonely', 'loneliness', 'isolation', 'isolated', 'social isolation', 'befriending', 'befriend'] },
  {
    id: 'substance-misuse',
    terms: [
      'substance misuse', 'substance abuse', 'drug misuse', 'drug abuse', 'drugs misuse', 'drug and alcohol',
      'drugs and alcohol', 'alcohol misuse', 'alcohol abuse', 'addiction', 'addictions', 'recovery services',
    ],
  },
  { id: 'alcohol', terms: ['alcohol', 'drinking', 'drinkers', 'binge drinking', 'alcohol harm'] },
  { id: 'drugs', terms: ['drug', 'drugs', 'narcotics', 'opiates', 'cannabis'] },
  { id: 'smoking', terms: ['smoking', 'smoke', 'smokers', 'tobacco', 'cigarettes', 'vaping', 'stop smoking', 'smoking cessation', 'quit smoking'] },
  {
    id: 'healthy-weight',
    terms: ['obesity', 'obese', 'overweight', 'healthy weight', 'weight management', 'healthy eating', 'nutrition', 'diet', 'physical activity', 'exercise'],
  },
  {
    id: 'mental-health',
    terms: ['mental health', 'mental wellbeing', 'emotional wellbeing', 'psychological wellbeing', 'anxiety', 'depression', 'stress'],
  },
  { id: 'dementia', terms: ['dementia', 'alzheimers', 'memory loss', 'dementia friendly'] },
  {
    id: 'social-prescribing',
    terms: ['social prescribing', 'social prescription', 'social prescriptions', 'social prescriber', 'link worker', 'link workers', 'community referral', 'non clinical'],
  },
  {
    id: 'ace',
    terms: ['ace', 'aces', 'adverse childhood experiences', 'adverse childhood experience', 'trauma informed', 'trauma aware', 'trauma'],
  },
  { id: 'domestic-abuse', terms: ['domestic abuse', 'domestic violence', 'violence against women', 'vawg', 'coercive control'] },
  { id: 'crime', terms: ['crime', 'community safety', 'antisocial behaviour', 'anti social behaviour', 'policing', 'police'] },
  {
    id: 'independent-living',
    terms: ['independent living', 'independence', 'living independently', 'assisted living', 'supported living'],
  },
  { id: 'long-term-conditions', terms: ['long term conditions', 'longterm conditions', 'chronic conditions', 'chronic illness', 'long term illness'] },
  {
    id: 'debt-advice',
    terms: ['debt', 'debt advice', 'money advice', 'financial advice', 'welfare rights', 'benefits advice', 'budgeting', 'financial inclusion', 'cost of living'],
  },
  {
    id: 'digital-care',
    terms: [
      'telecare', 'telehealth', 'technology enabled care', 'digital care', 'digitisation of services',
      'digitalisation', 'assistive technology', 'remote monitoring', 'virtual wards',
    ],
  },
  { id: 'digital', terms: ['digital', 'digitisation', 'digitalisation', 'digitised', 'online'] },
  {
    id: 'care-settings',
    terms: ['care home', 'care homes', 'care facility', 'care facilities', 'residential care', 'nursing home', 'nursing homes', 'care setting', 'care settings'],
  },
  {
    id: 'medical-supplies',
    terms: ['medical devices', 'medical device', 'medical equipment', 'medical supplies', 'pharmaceuticals', 'medicines', 'mobility aids'],
  },
  { id: 'healthcare', terms: ['healthcare', 'health care', 'nhs', 'clinical', 'health services'] },
  {
    id: 'innovation',
    terms: ['innovation', 'innovative', 'pilot', 'pilots', 'test bed', 'test beds', 'testbed', 'trial', 'trials', 'prototype'],
  },
  {
    id: 'co-production',
    terms: [
      'co production', 'coproduction', 'co design', 'codesign', 'service user involvement', 'user involvement',
      'involving service users', 'lived experience', 'user voice', 'experts by experience',
    ],
  },
  { id: 'schools', terms: ['school', 'schools', 'pupils', 'colleges', 'education'] },
];

/**
 * For each group id, the ids of its related groups, both ways round. Unknown
 * ids are an error in the table, caught by the tests.
 */
export function relatedGroups(groups: readonly SynonymGroup[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>(groups.map((g) => [g.id, new Set<string>()]));
  for (const group of groups) {
    for (const other of group.related ?? []) {
      if (other === group.id) continue;
      out.get(group.id)?.add(other);
      out.get(other)?.add(group.id);
    }
  }
  return new Map([...out].map(([id, related]) => [id, [...related]]));
}
