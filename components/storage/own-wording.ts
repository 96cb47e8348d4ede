/**
 * The officer's own wording of an indicator's stage texts, kept beside the
 * framework's (never over it): reverting deletes the officer's version and
 * the framework's shows again. Exports mark it as the officer's.
 *
 * An organisation may turn editing off (policy feature 'custom-wording'):
 * then nothing can be saved, and the wording in force is the framework's,
 * while what the officer saved before stays stored, untouched.
 */
import { OwnWordingSchema, type OwnWording, type OwnWordingKind } from '../../framework/pack/own-wording';
import { ownWordingItem } from './items';
import { readStored, type Validated } from './kept-aside';
import { featureAllowed, loadPolicy, watchPolicy, type Policy } from './policy';

export class OwnWordingOffError extends Error {
  constructor() {
    super('Editing wording is turned off by your organisation.');
  }
}

export async function loadOwnWording(): Promise<Validated<OwnWording>> {
  return readStored('ownWording', 'own wording', await ownWordingItem.getValue(), OwnWordingSchema, () => ({}));
}

/** Keeps the officer's text for one piece of an indicator's wording; blank text reverts to the framework's. */
export async function saveOwnWording(indicatorId: string, kind: OwnWordingKind, text: string): Promise<OwnWording> {
  if (!featureAllowed((await loadPolicy()).policy, 'custom-wording')) throw new OwnWordingOffError();
  const { value } = await loadOwnWording();
  const others = Object.entries(value[indicatorId] ?? {}).filter(([key]) => key !== kind);
  const entry = Object.fromEntries(text.trim() ? [...others, [kind, text]] : others);
  const next: OwnWording = Object.fromEntries(
    Object.entries({ ...value, [indicatorId]: entry }).filter(([, kinds]) => Object.keys(kinds).length > 0),
  );
  await ownWordingItem.setValue(OwnWordingSchema.parse(next));
  return next;
}

/** Adds the officer's wording from a settings file: each indicator's pieces in the file replace those kept for it. */
export async function importOwnWording(wording: OwnWording): Promise<OwnWording> {
  if (!featureAllowed((await loadPolicy()).policy, 'custom-wording')) throw new OwnWordingOffError();
  const { value } = await loadOwnWording();
  const merged = { ...value };
  for (const [indicatorId, pieces] of Object.entries(OwnWordingSchema.parse(wording))) merged[indicatorId] = { ...merged[indicatorId], ...pieces };
  await ownWordingItem.setValue(OwnWordingSchema.parse(merged));
  return merged;
}

export const revertOwnWording = (indicatorId: string, kind: OwnWordingKind) => saveOwnWording(indicatorId, kind, '');

export function watchOwnWording(callback: (wording: OwnWording) => void): () => void {
  return ownWordingItem.watch((raw) => {
    const parsed = OwnWordingSchema.safeParse(raw ?? {});
    if (parsed.success) callback(parsed.data);
  });
}

/** The officer's wording as the panel uses it: none while the organisation turns editing off. */
export interface OwnWordingInForce {
  wording: OwnWording;
  /** The officer may edit wording (the organisation has not turned it off). */
  editable: boolean;
}

export function ownWordingInForce(wording: OwnWording, policy: Policy): OwnWordingInForce {
  const editable = featureAllowed(policy, 'custom-wording');
  return { wording: editable ? wording : {}, editable };
}

export async function loadOwnWordingInForce(): Promise<OwnWordingInForce> {
  const [{ value }, { policy }] = await Promise.all([loadOwnWording(), loadPolicy()]);
  return ownWordingInForce(value, policy);
}

/** Calls back with the wording in force whenever the officer's wording or the policy changes. */
export function watchOwnWordingInForce(callback: (inForce: OwnWordingInForce) => void): () => void {
  const refresh = () => {
    loadOwnWordingInForce().then(callback, () => undefined);
  };
  const stopWording = ownWordingItem.watch(refresh);
  const stopPolicy = watchPolicy(refresh);
  return () => {
    stopWording();
    stopPolicy();
  };
}

export type { OwnWording, OwnWordingKind };
