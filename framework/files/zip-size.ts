/**
 * Size limits for a zip (a .docx is one) checked from its central
 * directory before anything is decompressed: how many entries, how large
 * each and all of them would be once decompressed, and how much each is
 * compressed (a "zip bomb" is a small file that inflates to gigabytes).
 * Pure: reads the bytes only. Zip64 sizes are read too.
 *
 * Declared sizes are what the file claims: a decompressor must still stop
 * at the same limit (count bytes as they come out) in case the file lies.
 */

export interface ZipLimits {
  /** Entries in the archive (a .docx has a few dozen). */
  maxEntries: number;
  /** Decompressed bytes of any one entry. */
  maxEntryBytes: number;
  /** Decompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Decompressed size over compressed size, for entries larger than 1 MB decompressed. */
  maxRatio: number;
}

/** Generous for any real .docx (text and a few images), far below what would freeze a page. */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

export type ZipSizeCheck =
  | { ok: true; entries: number; totalBytes: number }
  | { ok: false; problem: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;
const RATIO_FLOOR_BYTES = 1024 * 1024;

const megabytes = (bytes: number) => `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toString()} MB`;
const fail = (problem: string): ZipSizeCheck => ({ ok: false, problem });

function u64(view: DataView, at: number): number {
  // Exact up to 2^53; anything larger is over every limit anyway.
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_U16; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

interface Directory {
  entries: number;
  offset: number;
  size: number;
}

function readDirectory(view: DataView, eocd: number): Directory | undefined {
  let entries = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries === MAX_U16 || size === MAX_U32 || offset === MAX_U32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
    entries = u64(view, record + 32);
    size = u64(view, record + 40);
    offset = u64(view, record + 48);
  }
  if (offset + size > view.byteLength) return undefined;
  return { entries, offset, size };
}

/** The zip64 extra field's sizes, for an entry whose 32-bit sizes are 0xFFFFFFFF. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, uncompressed: number, compressed: number) {
  const sizes = { uncompressed, compressed };
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      if (uncompressed === MAX_U32 && field + 8 <= at + 4 + length) {
        sizes.uncompressed = u64(view, field);
        field += 8;
      }
      if (compressed === MAX_U32 && field + 8 <= at + 4 + length) sizes.compressed = u64(view, field);
      return sizes;
    }
    at += 4 + length;
  }
  return sizes;
}

/** Checks a zip's declared sizes against `limits` before it is decompressed. */
export function checkZipSizes(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): ZipSizeCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = view.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd === -1) return fail('is not a Word document (.docx) or is damaged: it is not a zip archive');
  const directory = readDirectory(view, eocd);
  if (!directory) return fail('is damaged: its list of contents cannot be read');
  if (directory.entries > limits.maxEntries)
    return fail(`holds ${directory.entries.toLocaleString('en-GB')} files; a document holds at most ${limits.maxEntries.toLocaleString('en-GB')}`);

  let total = 0;
  let at = directory.offset;
  for (let i = 0; i < directory.entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY) return fail('is damaged: its list of contents is cut short');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    if (compressed === MAX_U32 || uncompressed === MAX_U32) {
      if (at + 46 + nameLength + extraLength > view.byteLength) return fail('is damaged: its list of contents is cut short');
      ({ compressed, uncompressed } = zip64Sizes(view, at + 46 + nameLength, extraLength, uncompressed, compressed));
    }
    if (uncompressed > limits.maxEntryBytes)
      return fail(`holds a part that would be ${megabytes(uncompressed)} once unpacked; the largest read is ${megabytes(limits.maxEntryBytes)}`);
    if (uncompressed > RATIO_FLOOR_BYTES && uncompressed > Math.max(compressed, 1) * limits.maxRatio)
      return fail('holds a part compressed far more than any document is (a "zip bomb"), so it is not opened');
    total += uncompressed;
    if (total > limits.maxTotalBytes)
      return fail(`would be more than ${megabytes(limits.maxTotalBytes)} once unpacked, which is more than any document needs`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries: directory.entries, totalBytes: total };
}
