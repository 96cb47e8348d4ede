/**
 * The officer's own wording of an indicator's stage texts, kept beside the
 * framework's (never over it): reverting deletes the officer's version and
 * the framework's shows again. Exports mark it as the officer's.
 */
import { OwnWordingSchema, type OwnWording, type OwnWordingKind } from '../../framework/pack/own-wording';
import { ownWordingItem } from './items';
import { readStored, type Validated } from './kept-aside';

export async function loadOwnWording(): Promise<Validated<OwnWording>> {
  return readStored('ownWording', 'own wording', await ownWordingItem.getValue(), OwnWordingSchema, () => ({}));
}

/** Keeps the officer's text for one piece of an indicator's wording; blank text reverts to the framework's. */
export async function saveOwnWording(indicatorId: string, kind: OwnWordingKind, text: string): Promise<OwnWording> {
  const { value } = await loadOwnWording();
  const others = Object.entries(value[indicatorId] ?? {}).filter(([key]) => key !== kind);
  const entry = Object.fromEntries(text.trim() ? [...others, [kind, text]] : others);
  const next: OwnWording = Object.fromEntries(
    Object.entries({ ...value, [indicatorId]: entry }).filter(([, kinds]) => Object.keys(kinds).length > 0),
  );
  await ownWordingItem.setValue(OwnWordingSchema.parse(next));
  return next;
}

export const revertOwnWording = (indicatorId: string, kind: OwnWordingKind) => saveOwnWording(indicatorId, kind, '');

export function watchOwnWording(callback: (wording: OwnWording) => void): () => void {
  return ownWordingItem.watch((raw) => {
    const parsed = OwnWordingSchema.safeParse(raw ?? {});
    if (parsed.success) callback(parsed.data);
  });
}

export type { OwnWording, OwnWordingKind };
