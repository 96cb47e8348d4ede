/**
 * The house's import boundaries hold: the lint rules that enforce them
 * report a crossing, and let the allowed imports through.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundaries } from '../../eslint.boundaries.js';

const linter = new Linter({ configType: 'flat' });
const config = [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...boundaries];

function problems(filePath: string, code: string): string[] {
  return linter.verify(code, config, { filename: filePath }).map((message) => message.message);
}

describe('import boundaries', () => {
  it('keeps framework/ free of the browser, the UI and the entry points', () => {
    expect(problems('framework/x.ts', "import { storage } from 'wxt/utils/storage';")).toHaveLength(1);
    expect(problems('framework/x.ts', "import { browser } from 'wxt/browser';")).toHaveLength(1);
    expect(problems('framework/search/x.ts', "import { storage } from '@wxt-dev/storage';")).toHaveLength(1);
    expect(problems('framework/x.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(problems('framework/x.ts', "import { copyRich } from '../components/shared/clipboard';")).toHaveLength(1);
    expect(problems('framework/data/x.ts', "import type { EditorKind } from '../../entrypoints/content/contract/protocol';")).toHaveLength(1);
    expect(problems('framework/x.ts', 'export const id = browser.runtime.id;')).toHaveLength(1);
    expect(problems('framework/x.ts', "import * as z from 'zod';\nimport { escapeHtml } from './escape';")).toEqual([]);
  });

  it('lets components/ reach the content script only through its contract', () => {
    expect(problems('components/insert/x.ts', "import { askFrame } from '../../entrypoints/content/contract/messaging';")).toEqual([]);
    expect(problems('components/insert/x.ts', "import { insert } from '../../entrypoints/content/insert';")).toHaveLength(1);
    expect(problems('components/x.tsx', "import { ADAPTERS } from '../entrypoints/content/adapters';")).toHaveLength(1);
    expect(problems('components/x.tsx', "import { createSearch } from '../framework/search';")).toEqual([]);
  });

  it('keeps panel components and React out of the content script', () => {
    expect(problems('entrypoints/content/x.ts', "import { MESSAGES } from '../../components/insert/messages';")).toHaveLength(1);
    expect(problems('entrypoints/content/adapters/x.ts', "import { createElement } from 'react';")).toHaveLength(1);
    expect(problems('entrypoints/content/x.ts', "import { countIn } from './contract/counting';")).toEqual([]);
  });
});
