#!/usr/bin/env node
/**
 * Writes framework/framework.schema.json, the JSON Schema of a framework
 * file, from the zod schema in framework/schema.ts (the single source).
 *
 *   node tests/tools/generate-json-schema.mjs           write the file
 *   node tests/tools/generate-json-schema.mjs --stdout  print it instead
 *
 * The zod schema is TypeScript, so it is bundled with esbuild (zod included,
 * so the bundle has no imports) and loaded from memory: no temporary files.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const output = join(root, 'framework', 'framework.schema.json');

const bundle = await build({
  stdin: {
    contents: "export { frameworkSchema } from './framework/schema.ts'; export { toJSONSchema } from 'zod';",
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'json-schema-entry.ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const { frameworkSchema, toJSONSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

// `io: 'input'` describes what a file may contain (before zod trims text).
const { $schema, ...body } = toJSONSchema(frameworkSchema, { target: 'draft-2020-12', io: 'input' });
const schema = {
  $schema,
  title: 'Social Value Assistant framework file',
  description:
    'A social value framework that Social Value Assistant can import. Generated from framework/schema.ts by tests/tools/generate-json-schema.mjs: do not edit by hand. See framework/CUSTOM-FRAMEWORKS.md. Social Value Assistant also checks what this schema cannot: unique ids, references between themes, outcomes, Marmot priorities and indicators, and placeholders.',
  ...body,
};
const json = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--stdout')) process.stdout.write(json);
else {
  writeFileSync(output, json);
  console.log(`Wrote ${output}`);
}
