/**
 * Files the extension writes or reads for others cannot hurt the officer
 * who opens them: CSV cells cannot become formulas, and a .docx (a zip) is
 * refused from its declared sizes before anything is decompressed.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, checkZipSizes, csvCell, csvDocument, csvRow, type ZipSizeCheck } from '../../framework';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+44 1270 000000', "'+44 1270 000000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['   =1+1', "'   =1+1"],
    ['＝1+1', "'＝1+1"],
  ])('makes %j inert', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('leaves ordinary text and numbers as they are, quoting only what must be quoted', () => {
    expect(csvCell('Real Living Wage')).toBe('Real Living Wage');
    expect(csvCell('Jobs, apprenticeships')).toBe('"Jobs, apprenticeships"');
    expect(csvCell('Two\nlines')).toBe('"Two\nlines"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['a', 1, true, undefined, '=x'])).toBe("a,1,TRUE,,'=x");
    expect(csvDocument([['id', 'text'], ['x', 'y']])).toBe('id,text\r\nx,y\r\n');
  });
});

interface Entry {
  name: string;
  data: Buffer;
  /** Overrides the uncompressed size written in the central directory. */
  declared?: number;
}

/** A minimal zip (deflated entries, central directory, end record). */
function makeZip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.declared ?? entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const problemOf = (result: ZipSizeCheck): string => (result.ok ? 'accepted' : result.problem);

const xml = (text: string) => ({ name: 'word/document.xml', data: Buffer.from(`<w:document>${text}</w:document>`) });

describe('a .docx is size-checked before it is decompressed', () => {
  it('accepts an ordinary document and says how large it is', () => {
    const parts = [xml('Social value'), { name: '[Content_Types].xml', data: Buffer.from('<Types/>') }];
    const result = checkZipSizes(makeZip(parts));
    expect(result).toEqual({ ok: true, entries: 2, totalBytes: '<w:document>Social value</w:document><Types/>'.length });
  });

  it('refuses a zip bomb: 40 MB of zeros in a few kilobytes', () => {
    const result = checkZipSizes(makeZip([{ name: 'word/document.xml', data: Buffer.alloc(40 * 1024 * 1024) }]));
    expect(problemOf(result)).toMatch(/compressed far more than any document/);
  });

  it('refuses a part declared larger than the limit, and parts that add up to too much', () => {
    expect(checkZipSizes(makeZip([{ ...xml('x'), declared: DOCX_LIMITS.maxEntryBytes + 1 }]))).toEqual({
      ok: false,
      problem: 'holds a part that would be 50.1 MB once unpacked; the largest read is 50 MB',
    });
    const parts = Array.from({ length: 3 }, (_, i) => ({ ...xml(String(i)), name: `p${i}`, declared: 40 * 1024 * 1024 }));
    expect(checkZipSizes(makeZip(parts), { ...DOCX_LIMITS, maxRatio: Infinity })).toEqual({
      ok: false,
      problem: 'would be more than 100 MB once unpacked, which is more than any document needs',
    });
  });

  it('refuses too many entries, and files that are not zips or are cut short, quickly', () => {
    const many = makeZip(Array.from({ length: 1_001 }, (_, i) => ({ ...xml(''), name: `f${i}` })));
    expect(checkZipSizes(many)).toEqual({ ok: false, problem: 'holds 1,001 files; a document holds at most 1,000' });
    expect(problemOf(checkZipSizes(new TextEncoder().encode('{"not": "a zip"}')))).toMatch(/not a zip archive/);
    const whole = makeZip([xml('x')]);
    const cut = new Uint8Array([...whole.slice(0, 10), ...whole.slice(-22)]);
    expect(problemOf(checkZipSizes(cut))).toMatch(/^is damaged/);
    const started = performance.now();
    checkZipSizes(new Uint8Array(5 * 1024 * 1024));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
