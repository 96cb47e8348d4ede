/**
 * The Cheshire East Social Value Framework assembled from its parts. This is
 * the raw object: `framework/index.ts` validates it before anything uses it.
 */
import { FRAMEWORK_SCHEMA_VERSION, type Framework } from '../schema';
import { guidance } from './guidance';
import { economicIndicators } from './indicators/economic';
import { environmentalIndicators } from './indicators/environmental';
import { innovationIndicators } from './indicators/innovation';
import { socialIndicators } from './indicators/social';
import { marmotPriorities, outcomes } from './taxonomy';
import { themes } from './themes';

export const cheshireEastFramework: Framework = {
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: 'cheshire-east',
  name: 'Cheshire East Social Value Framework',
  publisher: 'Cheshire East Council',
  themes,
  marmotPriorities,
  outcomes,
  // Seed order: Social (with the rows it shares with Economic), then the
  // rest of Economic, Environmental, Social Innovation.
  indicators: [...socialIndicators, ...economicIndicators, ...environmentalIndicators, ...innovationIndicators],
  guidance,
};
