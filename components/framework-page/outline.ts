/**
 * The framework page's order: theme, then each of its outcomes, then the
 * indicators under that outcome. Most indicators serve several outcomes;
 * each is written out in full once, where it first appears (the place a
 * deep link points to), and elsewhere listed as a link to it.
 */
import type { Framework, Indicator, Outcome, Theme } from '../../framework';

export interface OutlineEntry {
  indicator: Indicator;
  /** Written out here (and the target of its deep link); otherwise a link to where it is. */
  primary: boolean;
}

export interface OutlineOutcome {
  /** Undefined for the group of indicators whose outcomes belong to no theme row. */
  outcome?: Outcome;
  entries: OutlineEntry[];
}

export interface OutlineTheme {
  theme: Theme;
  outcomes: OutlineOutcome[];
}

export function frameworkOutline(framework: Framework): OutlineTheme[] {
  const outcomes = new Map(framework.outcomes.map((outcome) => [outcome.id, outcome]));
  const placed = new Set<string>();
  const outline = framework.themes.map((theme): OutlineTheme => ({
    theme,
    outcomes: theme.outcomes.flatMap((outcomeId) => {
      const outcome = outcomes.get(outcomeId);
      if (!outcome) return [];
      const entries = framework.indicators
        .filter((indicator) => indicator.outcomes.includes(outcomeId) && indicator.themes.includes(theme.id))
        .map((indicator) => {
          const primary = !placed.has(indicator.id);
          placed.add(indicator.id);
          return { indicator, primary };
        });
      return [{ outcome, entries }];
    }),
  }));
  // Anything not reached through its themes' outcomes still appears, under its first theme.
  for (const indicator of framework.indicators) {
    if (placed.has(indicator.id)) continue;
    placed.add(indicator.id);
    const home = outline.find((item) => indicator.themes.includes(item.theme.id)) ?? outline[0];
    if (!home) continue;
    let other = home.outcomes.find((group) => !group.outcome);
    if (!other) {
      other = { entries: [] };
      home.outcomes.push(other);
    }
    other.entries.push({ indicator, primary: true });
  }
  return outline;
}
