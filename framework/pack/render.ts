/** The section's blocks as HTML (every piece of text escaped), plain text and Markdown. */
import { escapeHtml } from '../escape';
import type { RenderedWording } from '../render-wording';
import type { Section, SectionBlock } from './section';

function htmlBlock(block: SectionBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${String(block.level)}>${escapeHtml(block.text)}</h${String(block.level)}>`;
    case 'paragraph':
      return `<p>${block.label ? `<strong>${escapeHtml(block.label)}:</strong> ` : ''}${escapeHtml(block.text)}</p>`;
    case 'list':
      return `${block.label ? `<p><strong>${escapeHtml(block.label)}:</strong></p>` : ''}<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = block.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
      return `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

export function sectionToHtml(section: Section): string {
  return section.blocks.map(htmlBlock).join('');
}

function textBlock(block: SectionBlock): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? block.text.toUpperCase() : block.text;
    case 'paragraph':
      return block.label ? `${block.label}: ${block.text}` : block.text;
    case 'list':
      return `${block.label ? `${block.label}:\n` : ''}${block.items.map((item) => `- ${item}`).join('\n')}`;
    case 'table':
      // A plain field has no tables: one line per row, "Header: value" pairs.
      return `${block.caption}:\n${block.rows.map((row) => row.map((cell, i) => `${block.header[i] ?? ''}: ${cell}`).join('; ')).map((line) => `- ${line}`).join('\n')}`;
  }
}

/** Plain text: one block per paragraph, blank lines between. */
export function sectionToText(section: Section): string {
  return section.blocks.map(textBlock).join('\n\n');
}

export function renderSection(section: Section): RenderedWording {
  return { text: sectionToText(section), html: sectionToHtml(section) };
}

/** Markdown special characters in running text, escaped so framework text stays text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function markdownBlock(block: SectionBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${md(block.text)}`;
    case 'paragraph':
      return block.label ? `**${md(block.label)}:** ${md(block.text)}` : md(block.text);
    case 'list':
      return `${block.label ? `**${md(block.label)}:**\n\n` : ''}${block.items.map((item) => `- ${md(item)}`).join('\n')}`;
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map((cell) => md(cell).replace(/\n/g, ' ')).join(' | ')} |`;
      return [`*${md(block.caption)}*`, '', row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)].join('\n');
    }
  }
}

export function sectionToMarkdown(section: Section): string {
  return `${section.blocks.map(markdownBlock).join('\n\n')}\n`;
}
