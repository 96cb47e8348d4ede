import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_SCHEMA_VERSION,
  defaultFramework,
  escapeHtml,
  exportFileName,
  exportFramework,
  fillPlaceholders,
  importFramework,
  type Framework,
} from '../../framework';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function imported(text: string): Framework {
  const result = importFramework(text);
  if (!result.ok) throw new Error(`expected the file to be accepted:\n${result.errors.join('\n')}`);
  return result.framework;
}

describe('exporting and importing a framework', () => {
  it('exports readable JSON that imports back unchanged', () => {
    const text = exportFramework(defaultFramework);
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 2,\n {2}"id": "cheshire-east",/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(imported(text)).toEqual(defaultFramework);
  });

  it('round-trips a custom framework a council has edited', () => {
    const custom = structuredClone(defaultFramework);
    custom.id = 'borsetshire';
    custom.name = 'Borsetshire Social Value Framework';
    custom.publisher = 'Borsetshire County Council';
    custom.indicators = custom.indicators.filter((indicator) => indicator.themes.includes('environmental'));
    const first = custom.indicators[0];
    if (first) first.wording.planning.outcome = 'The Provider will cut carbon on {contractName} in {locality}.';

    const back = imported(exportFramework(custom));
    expect(back).toEqual(custom);
    expect(back.indicators).toHaveLength(17);
    expect(exportFileName(back)).toBe('borsetshire.framework.json');
  });

  it('imports a version 1 file as the current version, tells the officer, and exports it with the generic scale still marked', () => {
    const v1 = readFileSync(join(root, 'tests', 'unit', 'fixtures', 'framework-v1.json'), 'utf8');
    const result = importFramework(v1);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.notices.join(' ')).toContain('generic 0 to 5 scoring scale');
    const exported = JSON.parse(exportFramework(result.framework)) as Framework;
    expect(exported.schemaVersion).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect(exported.indicators.every((indicator) => indicator.wording.procurement.genericScoring === true)).toBe(true);
    // Once exported in the current format, it imports with nothing more to say.
    expect(importFramework(exportFramework(result.framework))).toEqual({ ok: true, framework: result.framework, notices: [] });
  });

  it('says which format version it writes', () => {
    expect((JSON.parse(exportFramework(defaultFramework)) as { schemaVersion: unknown }).schemaVersion).toBe(
      FRAMEWORK_SCHEMA_VERSION,
    );
  });
});

describe('text that contains HTML or script stays text', () => {
  const hostile = '<script>alert("x")</script><img src=x onerror="alert(1)"> & more';

  it('an imported framework keeps markup as literal text, character for character', () => {
    const custom = structuredClone(defaultFramework);
    const first = custom.indicators[0];
    if (!first) throw new Error('no indicators');
    first.text = hostile;
    first.wording.procurement.question = `Describe ${hostile} for {contractName}.`;
    custom.guidance.introduction = [hostile];

    const back = imported(exportFramework(custom));
    expect(back.indicators[0]?.text).toBe(hostile);
    expect(back.indicators[0]?.wording.procurement.question).toBe(`Describe ${hostile} for {contractName}.`);
    expect(back.guidance.introduction).toEqual([hostile]);
  });

  it('escapeHtml makes such text safe to put into HTML', () => {
    expect(escapeHtml(hostile)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more',
    );
    expect(escapeHtml("Carers' quality of life")).toBe('Carers&#39; quality of life');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('escapeHtml leaves ordinary framework text as it reads', () => {
    const text = defaultFramework.indicators.find((indicator) => indicator.id === 'training-weeks')?.text ?? '';
    expect(escapeHtml(text)).toBe(text.replace('City & Guilds', 'City &amp; Guilds'));
    expect(escapeHtml('£5m – “good work”')).toBe('£5m – “good work”');
  });

  it('a placeholder value with markup is inserted as text, for the renderer to escape', () => {
    const filled = fillPlaceholders('On {contractName}', { contractName: '<b>Lot 1</b>' });
    expect(escapeHtml(filled)).toBe('On &lt;b&gt;Lot 1&lt;/b&gt;');
  });
});

describe('the published JSON Schema', () => {
  const committed = readFileSync(join(root, 'framework', 'framework.schema.json'), 'utf8');

  it('is exactly what the generator produces from the zod schema now', () => {
    const generated = execFileSync(process.execPath, [join(root, 'tests', 'tools', 'generate-json-schema.mjs'), '--stdout'], {
      cwd: root,
      encoding: 'utf8',
    });
    // If this fails, run `node tests/tools/generate-json-schema.mjs` and commit the result.
    expect(committed).toBe(generated);
  });

  it('describes the same fields a framework file has', () => {
    const schema = JSON.parse(committed) as {
      required: string[];
      additionalProperties: boolean;
      properties: { schemaVersion: { const: number }; indicators: { items: { required: string[] } } };
    };
    expect(schema.required.sort()).toEqual(Object.keys(defaultFramework).sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.schemaVersion.const).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect(schema.properties.indicators.items.required).toEqual(expect.arrayContaining(['id', 'text', 'themes', 'wording']));
  });
});
