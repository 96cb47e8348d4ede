/**
 * The content script's core checks the requests it answers by hand
 * (request-guard.ts, no zod, to stay small). The zod schemas of protocol.ts
 * are the contract: the hand check must accept exactly what they accept, and
 * pass on the same data.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../entrypoints/content/contract/request-guard';
import { EnvelopeSchema, REQUESTS, envelope, type RequestName } from '../../entrypoints/content/contract/protocol';

/** Through the zod contract: the envelope, then the request's schema. */
function byZod(message: unknown): { name: string; data: unknown } | undefined {
  const outer = EnvelopeSchema.safeParse(message);
  if (!outer.success || !Object.hasOwn(REQUESTS, outer.data.name)) return undefined;
  const name = outer.data.name as RequestName;
  const inner = REQUESTS[name].request.safeParse(outer.data.data);
  return inner.success ? { name, data: inner.data } : undefined;
}

const wording = { text: 'Social value', html: '<p>Social value</p>' };
const SAMPLES: Record<RequestName, unknown[]> = {
  probe: [{}, { extra: 1 }, undefined, null, [], 'probe', 3],
  insert: [
    { wording, allowOverLimit: false },
    { wording, allowOverLimit: true, pageChannel: 'sva-page-1' },
    { wording: { ...wording, extra: true }, allowOverLimit: false, stray: 'x' },
    { wording, allowOverLimit: 'no' },
    { wording: { text: 1, html: '' }, allowOverLimit: false },
    { wording: { text: 'a' }, allowOverLimit: false },
    { wording, allowOverLimit: false, pageChannel: 7 },
    { wording: null, allowOverLimit: false },
    { allowOverLimit: false },
    [],
  ],
  pageText: [{ scope: 'page' }, { scope: 'selection' }, { scope: 'all' }, { scope: 1 }, {}, null],
  showEvidence: [
    { path: [], quote: 'A sentence.' },
    { path: [0, 2], quote: 'x', extra: 1 },
    { path: [0, Infinity], quote: 'x' },
    { path: [Number.NaN], quote: 'x' },
    { path: ['0'], quote: 'x' },
    { path: {}, quote: 'x' },
    { path: [1], quote: 'x'.repeat(10_000) },
    { path: [1], quote: 'x'.repeat(10_001) },
    { path: [1] },
  ],
};

describe('the core’s request check agrees with the zod contract', () => {
  for (const [name, samples] of Object.entries(SAMPLES)) {
    it.each(samples.map((data, i) => [i, data] as const))(`${name} sample %i`, (_i, data) => {
      const message = envelope(name as RequestName, data);
      expect(parseRequest(message)).toEqual(byZod(message));
    });
  }

  it.each([
    ['another channel', { channel: 'other', name: 'probe', data: {} }],
    ['an unknown request', { channel: 'sva', name: 'targetChanged', data: { hasTarget: true } }],
    ['a name that is no string', { channel: 'sva', name: 1, data: {} }],
    ['no envelope', 'probe'],
    ['nothing', undefined],
  ])('refuses %s, as the contract does', (_what, message) => {
    expect(parseRequest(message)).toBeUndefined();
    expect(byZod(message)).toBeUndefined();
  });

  it('accepts every valid request the contract accepts (the samples are not all refused)', () => {
    const accepted = Object.entries(SAMPLES).flatMap(([name, samples]) => samples.filter((data) => parseRequest(envelope(name as RequestName, data))));
    expect(accepted.length).toBeGreaterThanOrEqual(9);
  });
});
