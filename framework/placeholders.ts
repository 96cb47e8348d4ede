/**
 * Placeholders in stage wording, written `{name}`. Only the names in
 * PLACEHOLDERS are allowed; anything else in braces counts as an unknown
 * placeholder so that a typo such as `{contractname}` is caught, not inserted.
 */
import { PLACEHOLDERS, type Placeholder } from './schema';

/** Any brace pair with no braces inside, e.g. `{target}` or `{contract name}`. */
const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Names in braces in `text`, in order of first appearance, each once. */
export function findPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}

/** Known placeholders used in `text`: the fields a form must ask for. */
export function knownPlaceholders(text: string): Placeholder[] {
  return findPlaceholders(text).filter(isPlaceholder);
}

/** Names in braces in `text` that are not in PLACEHOLDERS. */
export function unknownPlaceholders(text: string): string[] {
  return findPlaceholders(text).filter((name) => !isPlaceholder(name));
}

/**
 * Replaces each known placeholder that has a non-blank value. Unknown ones,
 * and known ones without a value, stay visible as `{name}` so the officer
 * sees what is still to fill in. Values are inserted as given, in one pass:
 * a value that itself contains `{...}` is not expanded again.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = values[name];
    return value !== undefined && value.trim() !== '' ? value : whole;
  });
}
