/**
 * Reads a dropped or chosen file to plain text for the check: .txt and .md
 * as they are, .docx with mammoth and PDF with pdfjs-dist, each library
 * loaded only when such a file arrives (dynamic import: they stay out of the
 * panel's first load). pdf.js's worker is a file of the extension itself
 * (bundled by Vite from pdfjs-dist), so nothing is fetched from a network.
 * Files are size-capped, and a .docx (a zip) is also capped by the size its
 * parts would have once decompressed, read from the zip's directory before
 * anything is inflated.
 */

/** Largest file read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total a .docx's parts may decompress to. */
export const MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024;
/** Most characters of text kept (as a panel intent carries). */
export const MAX_TEXT = 5_000_000;

export type FileRead = { ok: true; text: string; truncated: boolean } | { ok: false; message: string };

const KINDS = ['txt', 'md', 'docx', 'pdf'] as const;
type Kind = (typeof KINDS)[number];

export function kindOf(name: string): Kind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'markdown') return 'md';
  return KINDS.find((k) => k === ext);
}

/**
 * The total uncompressed size a zip's central directory declares, or
 * undefined when the file is not a readable zip.
 */
export function zipUncompressedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: at least 22 bytes from the end, before a comment of up to 64 KiB.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means a ZIP64 size: treat it as too large rather than read further.
    total += size === 0xffffffff ? Infinity : size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

function cap(text: string): FileRead {
  return text.length > MAX_TEXT ? { ok: true, text: text.slice(0, MAX_TEXT), truncated: true } : { ok: true, text, truncated: false };
}

export async function readDraftFile(file: File): Promise<FileRead> {
  const kind = kindOf(file.name);
  if (!kind) return { ok: false, message: `“${file.name}” is not a file the check can read: use a .docx, .pdf, .txt or .md file.` };
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `“${file.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: check part of it by pasting the text.` };
  try {
    if (kind === 'txt' || kind === 'md') return cap(await file.text());
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (kind === 'docx') {
      const inflated = zipUncompressedSize(bytes);
      if (inflated === undefined) return { ok: false, message: `“${file.name}” is not a readable Word document.` };
      if (inflated > MAX_DOCX_UNCOMPRESSED) return { ok: false, message: `“${file.name}” would be larger than ${MAX_DOCX_UNCOMPRESSED / 1024 / 1024} MB once opened: it is not read.` };
      const mammoth = await import('mammoth');
      const result = await mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
      return cap(result.value);
    }
    return cap(await readPdf(bytes));
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. If it is protected or damaged, open it and paste its text instead.` };
  }
}

/** A text item of a PDF page, as pdf.js gives it (`transform[5]` is its baseline's height on the page). */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  width: number;
  height: number;
  transform: number[];
}

/** A line this share of the page's widest is full: the text ran on to the next line. */
const FULL_LINE = 0.7;
/** Lines further apart than this many line heights start a new paragraph. */
const PARAGRAPH_GAP = 1.7;
const SENTENCE_END = /[.!?:;]["'’”)]*$/;
const LIST_MARK = /^(?:[-–—•*·▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/i;

/**
 * A PDF page's text. A PDF has no paragraphs, only lines placed on the page:
 * a line that fills the width and does not end a sentence runs on into the
 * next (joined with a space, or with nothing after a hyphen), so a sentence
 * wrapped over three lines is read, and quoted, as one sentence; short
 * lines (headings, the ends of paragraphs), lines further apart and list
 * items stay lines of their own.
 */
export function pdfPageText(items: readonly PdfTextItem[]): string {
  const lines: { text: string; width: number; y: number; height: number }[] = [];
  let current: { text: string; width: number; y: number; height: number } | undefined;
  for (const item of items) {
    if (!current) current = { text: '', width: 0, y: item.transform[5] ?? 0, height: 0 };
    current.text += current.text && item.str && !/\s$/.test(current.text) && !/^\s/.test(item.str) ? ` ${item.str}` : item.str;
    current.width += item.width;
    current.height = Math.max(current.height, item.height);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  const kept = lines.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text);
  const widest = Math.max(0, ...kept.map((line) => line.width));
  let text = '';
  kept.forEach((line, i) => {
    text += line.text;
    const next = kept[i + 1];
    if (!next) return;
    const gap = line.y - next.y;
    const runsOn =
      line.width >= FULL_LINE * widest && gap > 0 && gap <= PARAGRAPH_GAP * Math.max(line.height, 1) && !SENTENCE_END.test(line.text) && !LIST_MARK.test(next.text);
    text += !runsOn ? '\n' : /\p{L}-$/u.test(line.text) ? '' : ' ';
  });
  return text;
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  let length = 0;
  for (let p = 1; p <= doc.numPages && length <= MAX_TEXT; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const text = pdfPageText(content.items.filter((item) => 'str' in item));
    pages.push(text);
    length += text.length;
  }
  await doc.destroy();
  return pages.join('\n\n');
}
