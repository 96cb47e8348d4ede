/**
 * The stage the officer works at (Planning, Procurement, Contract
 * management): it decides which wording a result card's Insert and Copy
 * use. Remembered; until chosen, the settings' default stage.
 */
import * as z from 'zod';
import { STAGES, type Stage } from '../../framework/schema';
import { stageItem } from './items';
import { readStored } from './kept-aside';
import { loadSettings } from './settings';

const StageSchema = z.enum(STAGES);

export async function loadStage(): Promise<Stage> {
  const { value } = await readStored('stage', 'stage', await stageItem.getValue(), StageSchema.nullable(), () => null);
  return value ?? (await loadSettings()).settings.defaultStage;
}

export async function saveStage(stage: Stage): Promise<void> {
  await stageItem.setValue(StageSchema.parse(stage));
}
