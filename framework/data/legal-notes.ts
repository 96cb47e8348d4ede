/**
 * Legal notes shared by several indicators, written beside the seed's
 * wording (never instead of it). Each states only what was checked against a
 * source that could be read; the source is named in the comment above it.
 */

// Procurement Act 2023 s.52: threshold (estimated value including VAT) and
// exemptions, as checked in the project's policy facts (ENGINEERING.md).
export const KPI_DUTY_NOTE =
  'For a public contract with an estimated value of more than £5 million (including VAT), section 52 of the Procurement Act 2023 requires the contracting authority to set at least three key performance indicators and publish them; a KPI such as this one can be one of them. The duty does not apply to framework agreements, concession contracts, light touch contracts (so most care contracts), contracts awarded by private utilities, or where the authority considers that performance could not appropriately be assessed by KPIs.';

// Procurement Act 2023 ss.89-90 and Schedule 9; Cabinet Office guidance on
// treaty state suppliers (including its note on Article 288 of the UK-EU
// Trade and Cooperation Agreement).
export const LOCAL_NON_DISCRIMINATION_NOTE =
  'Above the procurement thresholds, a contracting authority must not discriminate against treaty state suppliers, those entitled to the benefits of the international agreements in Schedule 9 of the Procurement Act 2023 (section 90), and the UK-EU Trade and Cooperation Agreement extends non-discrimination against EU suppliers established in the UK to any contract. So word a local commitment as an invitation, not a requirement: never make being based locally a condition of taking part or a score in itself; ask every bidder, wherever it is based, what it will do for the local economy (for example advertising subcontracts locally, recruiting through local employment services, sizing work packages so that small local firms can bid), and score that. Take advice before reserving any contract by location.';

// Health Care Services (Provider Selection Regime) Regulations 2023
// (SI 2023/1348); councils commission substance use services under it.
export const PROVIDER_SELECTION_REGIME_NOTE =
  'Health care services arranged by a relevant authority, including public health services that a council commissions such as drug and alcohol treatment, are procured under the Health Care Services (Provider Selection Regime) Regulations 2023, not the Procurement Act 2023. This indicator asks for activity in addition to core services; where the contract itself is such a health care service, check which regime applies before using the stage wording.';
