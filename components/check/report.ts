/**
 * The check's report as Markdown (to copy or save) and CSV (one row per
 * finding, for a spreadsheet). CSV cells are quoted and any cell a
 * spreadsheet would read as a formula (=, +, -, @, tab, carriage return) is
 * prefixed with an apostrophe, so a hostile bid cannot run a formula.
 */
import { csvCell as sharedCsvCell, csvDocument, type DraftCheck, type Framework } from '../../framework';

function names(framework: Framework) {
  const indicator = new Map(framework.indicators.map((i) => [i.id, i.text]));
  const theme = new Map(framework.themes.map((t) => [t.id, t.name]));
  const outcome = new Map(framework.outcomes.map((o) => [o.id, o.text]));
  const marmot = new Map(framework.marmotPriorities.map((m) => [m.id, m.name]));
  return {
    indicator: (id: string) => indicator.get(id) ?? id,
    theme: (id: string) => theme.get(id) ?? id,
    outcome: (id: string) => outcome.get(id) ?? id,
    marmot: (id: string) => marmot.get(id) ?? id,
  };
}

const STATUS = { covered: 'covered', partly: 'partly covered', missing: 'missing' } as const;

/** Markdown special characters in a line of the officer's or the framework's text. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]|<>#])/g, '\\$1');
}

export function reportMarkdown(framework: Framework, check: DraftCheck, title: string): string {
  const n = names(framework);
  const lines: string[] = [`# ${md(title)}`, '', `Checked against the ${framework.name}: ${check.words} words, read as a ${check.kind}.`, ''];
  lines.push('## Summary by theme', '', '| Theme | Status | Clear | Partly |', '|---|---|---|---|');
  for (const t of check.summary) lines.push(`| ${md(n.theme(t.themeId))} | ${STATUS[t.status]} | ${t.clear} | ${t.partial} |`);
  lines.push('', '## Indicators addressed', '');
  if (!check.covered.length) lines.push('None.');
  for (const c of check.covered) {
    lines.push(`- **${md(n.indicator(c.indicatorId))}** (${c.strength === 'clear' ? 'clearly' : 'partly'})`);
    for (const e of c.evidence) lines.push(`  - “${md(e.quote)}”`);
  }
  lines.push('', '## Marmot priorities', '');
  lines.push(`- Served: ${check.marmotPriorities.served.map((id) => md(n.marmot(id))).join('; ') || 'none'}`);
  lines.push(`- Not served: ${check.marmotPriorities.notServed.map((id) => md(n.marmot(id))).join('; ') || 'none'}`);
  lines.push('', '## Gaps', '');
  if (!check.gaps.length) lines.push('None found.');
  for (const g of check.gaps) {
    lines.push(`- **${md(g.title)}**: ${md(g.why)}`);
    for (const id of g.indicatorIds) lines.push(`  - Add: ${md(n.indicator(id))}`);
  }
  if (check.kind === 'bid') {
    lines.push('', '## Vague commitments', '');
    if (!check.vague.length) lines.push('None found.');
    for (const v of check.vague) lines.push(`- “${md(v.quote)}”: no number, unit, date or evidence.`);
  }
  return `${lines.join('\n')}\n`;
}

/** One CSV cell: quoted, inner quotes doubled, formulas defused. */
export function csvCell(value: string | number): string {
  return sharedCsvCell(typeof value === 'number' ? String(value) : value, { quoteAll: true });
}

export function reportCsv(framework: Framework, check: DraftCheck): string {
  const n = names(framework);
  const rows: (string | number)[][] = [['Finding', 'Theme', 'Indicator id', 'Indicator', 'Strength', 'Text', 'Why']];
  const themeOf = (id: string) => framework.indicators.find((i) => i.id === id)?.themes.map(n.theme).join('; ') ?? '';
  for (const c of check.covered) {
    for (const e of c.evidence.length ? c.evidence : [{ quote: '' }]) rows.push(['Addressed', themeOf(c.indicatorId), c.indicatorId, n.indicator(c.indicatorId), c.strength, e.quote, '']);
  }
  for (const g of check.gaps) {
    for (const id of g.indicatorIds) rows.push(['Gap', n.theme(g.themeId), id, n.indicator(id), '', g.title, g.why]);
  }
  for (const v of check.vague) rows.push(['Vague commitment', '', v.indicatorIds.join('; '), v.indicatorIds.map(n.indicator).join('; '), '', v.quote, 'No number, unit, date or evidence']);
  return csvDocument(rows.map((row) => row.map(String)), { quoteAll: true });
}
