/**
 * The stage the officer works at (Planning, Procurement, Contract
 * management): it decides which wording a result card's Insert and Copy
 * use. Remembered; until chosen, the default stage in force (the
 * organisation's policy, else the officer's setting).
 */
import * as z from 'zod';
import { STAGES, type Stage } from '../../framework/schema';
import { stageItem } from './items';
import { readStored } from './kept-aside';
import { loadSettingsInForce } from './effective-settings';

const StageSchema = z.enum(STAGES);

export async function loadStage(): Promise<Stage> {
  const { value } = await readStored('stage', 'stage', await stageItem.getValue(), StageSchema.nullable(), () => null);
  return value ?? (await loadSettingsInForce()).settings.defaultStage;
}

export async function saveStage(stage: Stage): Promise<void> {
  await stageItem.setValue(StageSchema.parse(stage));
}
