/**
 * Marmot priorities and outcomes of the Cheshire East framework, verbatim,
 * with the stable ids that indicators refer to. Text broken across page
 * breaks in the source is joined.
 */
import type { MarmotPriority, Outcome } from '../schema';

export const THEME_IDS = ['social', 'economic', 'environmental', 'social-innovation'] as const;

/** Canonical names as the Social theme row words them (it lists all five). */
export const marmotPriorities: MarmotPriority[] = [
  { id: 'fair-employment', name: 'Fair employment and good work.' },
  { id: 'best-start', name: 'Best Start in Life.' },
  { id: 'healthy-standard-of-living', name: 'Ensure a Healthy Standard of Living for all.' },
  { id: 'prevention-of-ill-health', name: 'Prevention of Ill Health.' },
  { id: 'maximise-potential', name: 'All People can Maximise their potential and or capabilities.' },
];

export const outcomes: Outcome[] = [
  // Social (the second half is shared word for word with Economic)
  { id: 'control-over-lives', text: 'People are supported to have control over their lives.', themes: ['social'] },
  { id: 'ill-health-prevention', text: 'The role and impact of ill-health prevention is strengthened.', themes: ['social'] },
  { id: 'mental-health-promoted', text: 'Mental health is promoted.', themes: ['social'] },
  { id: 'carers-quality-of-life', text: "Carers' quality of life is improved.", themes: ['social'] },
  { id: 'health-literacy', text: 'Health literacy is improved.', themes: ['social'] },
  { id: 'best-start-in-life', text: 'Children are given the best start in life.', themes: ['social'] },
  { id: 'ace-awareness', text: 'Awareness of Adverse Childhood Experiences (ACE) and other vulnerabilities is promoted.', themes: ['social'] },
  { id: 'community-asset-building', text: 'Community asset building and community health services are promoted.', themes: ['social'] },
  { id: 'healthy-standard-of-living', text: 'A healthy standard of living for all.', themes: ['social', 'economic'] },
  { id: 'jobs-long-term-conditions', text: 'More job opportunities for people with long-term conditions.', themes: ['social', 'economic'] },
  { id: 'local-employment', text: 'More local people in employment.', themes: ['social', 'economic'] },
  { id: 'jobs-disadvantaged-people', text: 'More job opportunities for disadvantaged people.', themes: ['social', 'economic'] },
  { id: 'equal-opportunities', text: 'Employment promotes equal opportunities.', themes: ['social', 'economic'] },
  { id: 'maximise-capabilities', text: 'People are supported to maximise their capabilities.', themes: ['social', 'economic'] },
  // Economic
  { id: 'employee-wellbeing', text: 'Employee wellbeing is supported and incentivised.', themes: ['economic'] },
  { id: 'vcse-partnerships', text: 'Partnerships with VCSEs are developed or improved.', themes: ['economic'] },
  { id: 'friendly-business-environment', text: 'Businesses operate in a friendly environment to all.', themes: ['economic'] },
  { id: 'existing-resources', text: 'Existing resources are used to deliver social value.', themes: ['economic'] },
  { id: 'ethical-procurement', text: 'Ethical Procurement is promoted.', themes: ['economic'] },
  { id: 'supply-chain-social-value', text: 'Social Value embedded in the supply chain.', themes: ['economic'] },
  { id: 'service-users-engaged', text: 'Service users are engaged.', themes: ['economic'] },
  // Environmental
  { id: 'environmental-impacts-reduced', text: 'Environmental Impacts are reduced.', themes: ['environmental'] },
  { id: 'air-pollution-reduced', text: 'Air pollution is reduced.', themes: ['environmental'] },
  { id: 'sustainable-travel', text: 'Sustainable travel is promoted.', themes: ['environmental'] },
  { id: 'care-miles-reduced', text: '"Care Miles" are reduced.', themes: ['environmental'] },
  { id: 'better-places-to-live', text: 'Better places to live.', themes: ['environmental'] },
  { id: 'sustainable-governance', text: 'Sustainable and ethical governance is promoted.', themes: ['environmental'] },
  // Social Innovation
  { id: 'service-user-quality-of-life', text: 'Service user quality of life is improved (beyond the scope of the service).', themes: ['social-innovation'] },
  { id: 'non-clinical-treatment', text: 'Non-clinical treatment is promoted.', themes: ['social-innovation'] },
  { id: 'test-beds-pilots', text: 'Engagement in test beds or pilots is encouraged.', themes: ['social-innovation'] },
];
