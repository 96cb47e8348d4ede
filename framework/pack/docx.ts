/**
 * The section as a Word document, built with the `docx` package: real
 * heading styles (Heading 1–3, so the navigation pane and screen readers
 * see the structure), tables with a repeating header row, the document
 * language set to en-GB. Load this module with a dynamic import: `docx` is
 * large and only needed when the officer downloads.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import type { Section, SectionBlock } from './section';

/** A run with options typed first (a plain string overload made lint read `bold` as String.prototype.bold). */
function run(text: string, style: 'bold' | 'italics' | 'plain' = 'plain'): TextRun {
  const options: IRunOptions = { text, ...(style === 'plain' ? {} : { [style]: true }) };
  return new TextRun(options);
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [run(text, header ? 'bold' : 'plain')] })] });
}

function blockToDocx(block: SectionBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: [...(block.label ? [run(`${block.label}: `, 'bold')] : []), run(block.text)],
        }),
      ];
    case 'list':
      return [
        ...(block.label ? [new Paragraph({ children: [run(`${block.label}:`, 'bold')] })] : []),
        ...block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
      ];
    case 'table':
      return [
        new Paragraph({ children: [run(block.caption, 'italics')] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
          ],
        }),
      ];
  }
}

export function sectionToDocument(section: Section): Document {
  return new Document({
    title: section.title,
    creator: 'Social Value Assistant',
    styles: { default: { document: { run: { language: { value: 'en-GB' } } } } },
    sections: [{ children: section.blocks.flatMap(blockToDocx) }],
  });
}

/** The .docx file as a Blob (the browser's download). */
export function sectionToDocxBlob(section: Section): Promise<Blob> {
  return Packer.toBlob(sectionToDocument(section));
}

/** The .docx file as bytes (tests and the benchmark, in Node). */
export async function sectionToDocxBytes(section: Section): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(sectionToDocument(section)));
}
