/**
 * The tender pack builder's public face: generate a pack's social value
 * section and write it out (HTML + text, Markdown, CSV). No browser. The .docx writer
 * is its own module (./docx.ts), loaded only when the officer downloads one.
 * The panel loads this module (and `docx`) with a dynamic import, so the
 * panel's first JavaScript does not grow; the small modules it needs at once
 * (schema, weights, edit, advice) it imports directly.
 */
export { generateSection, missingValues, resolveDetails, VERSION_NAMES, S71_RATINGS } from './section';
export type { DetailDefaults, MissingValue, ResolvedDetails, Section, SectionBlock, SectionVersion } from './section';
export { renderSection, sectionToHtml, sectionToMarkdown, sectionToText } from './render';
export { kpiScheduleCsv, scoringSheetCsv } from './csv';
