/**
 * What a draft lacks, from what it covers: a theme with nothing (for the
 * environment, said in the council's terms when carbon reduction is one of
 * its standing priorities), no carbon measure where carbon is a standing
 * priority, and outcomes of a covered theme that nothing serves. Each gap
 * names the indicators that would fill it.
 */
import type { Framework, Indicator } from '../schema';
import type { Gap } from './types';

/** Indicators suggested per gap. */
const SUGGESTIONS = 3;

/** Carbon is a standing priority when the framework's guidance lists key measures for it. */
function carbonPriority(framework: Framework): string | undefined {
  if (!framework.guidance.carbonKeyMeasures.length) return undefined;
  const paragraph = framework.guidance.paragraphs.find((p) => /carbon/i.test(p.title));
  return paragraph?.title ?? 'Carbon reduction';
}

const isCarbon = (indicator: Indicator): boolean => indicator.measureType === 'tco2e';

export function findGaps(framework: Framework, covered: ReadonlySet<string>): Gap[] {
  const gaps: Gap[] = [];
  const carbon = carbonPriority(framework);
  const outcomeText = new Map(framework.outcomes.map((o) => [o.id, o.text]));
  const servedOutcomes = new Set<string>();
  const coveredThemes = new Set<string>();
  for (const indicator of framework.indicators) {
    if (!covered.has(indicator.id)) continue;
    for (const o of indicator.outcomes) servedOutcomes.add(o);
    for (const t of indicator.themes) coveredThemes.add(t);
  }
  const inTheme = (themeId: string): Indicator[] => framework.indicators.filter((i) => i.themes.includes(themeId));

  for (const theme of framework.themes) {
    const indicators = inTheme(theme.id);
    const carbonIndicators = indicators.filter(isCarbon);
    if (!coveredThemes.has(theme.id)) {
      // One indicator per outcome, carbon first where carbon is a priority.
      const picks: string[] = [];
      if (carbon) for (const i of carbonIndicators) if (picks.length < SUGGESTIONS - 1) picks.push(i.id);
      for (const outcomeId of theme.outcomes) {
        const first = indicators.find((i) => i.outcomes.includes(outcomeId) && !picks.includes(i.id));
        if (first && picks.length < SUGGESTIONS) picks.push(first.id);
      }
      const standing = carbon && carbonIndicators.length > 0;
      gaps.push({
        kind: 'theme',
        themeId: theme.id,
        title: `No ${theme.name.toLowerCase()} measure`,
        why: standing
          ? `Nothing addresses the ${theme.name} theme, though carbon reduction is a standing priority of the council (${carbon}).`
          : `Nothing addresses the ${theme.name} theme or its outcomes (${theme.outcomes.map((o) => outcomeText.get(o) ?? o).join(' ')}).`,
        indicatorIds: picks,
      });
      continue;
    }
    if (carbon && carbonIndicators.length && !carbonIndicators.some((i) => covered.has(i.id))) {
      gaps.push({
        kind: 'carbon',
        themeId: theme.id,
        title: 'No carbon measure',
        why: `The text addresses the ${theme.name} theme but measures no carbon saving, though carbon reduction is a standing priority of the council (${carbon}).`,
        indicatorIds: carbonIndicators.slice(0, SUGGESTIONS).map((i) => i.id),
      });
    }
    for (const outcomeId of theme.outcomes) {
      if (servedOutcomes.has(outcomeId)) continue;
      const candidates = indicators.filter((i) => i.outcomes.includes(outcomeId));
      if (!candidates.length) continue;
      gaps.push({
        kind: 'outcome',
        themeId: theme.id,
        outcomeId,
        title: `Nothing for "${outcomeText.get(outcomeId) ?? outcomeId}"`,
        why: `The text addresses the ${theme.name} theme but none of its indicators serves this outcome.`,
        indicatorIds: candidates.slice(0, SUGGESTIONS).map((i) => i.id),
      });
    }
  }
  // An outcome shared by two themes is one gap, under the first theme that lists it.
  const seen = new Set<string>();
  return gaps.filter((g) => {
    if (!g.outcomeId) return true;
    if (seen.has(g.outcomeId)) return false;
    seen.add(g.outcomeId);
    return true;
  });
}
