/**
 * The requests the content script answers, checked without zod (see
 * serve.ts): the same shapes as protocol.ts's request schemas, which a unit
 * test holds this to. Like a zod object, a request is rebuilt from its known
 * fields only, so nothing else the message carried reaches a handler.
 */
import { CHANNEL, isRequestName, type RequestName } from './envelope';
import type { RequestData } from './protocol';

/** protocol.ts ShowEvidenceRequestSchema's limit on the quote. */
const MAX_QUOTE = 10_000;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

const checks: { [N in RequestName]: (data: unknown) => RequestData<N> | undefined } = {
  probe: (data) => (isObject(data) ? {} : undefined),
  insert: (data) => {
    if (!isObject(data) || !isObject(data.wording) || typeof data.allowOverLimit !== 'boolean') return undefined;
    const { text, html } = data.wording;
    const { pageChannel } = data;
    if (!isString(text) || !isString(html) || (pageChannel !== undefined && !isString(pageChannel))) return undefined;
    return { wording: { text, html }, allowOverLimit: data.allowOverLimit, ...(pageChannel === undefined ? {} : { pageChannel }) };
  },
  pageText: (data) => (isObject(data) && (data.scope === 'selection' || data.scope === 'page') ? { scope: data.scope } : undefined),
  showEvidence: (data) => {
    if (!isObject(data) || !Array.isArray(data.path) || !isString(data.quote) || data.quote.length > MAX_QUOTE) return undefined;
    const path: unknown[] = data.path;
    if (!path.every((step): step is number => typeof step === 'number' && Number.isFinite(step))) return undefined;
    return { path: [...path], quote: data.quote };
  },
};

export type ParsedRequest = { [N in RequestName]: { name: N; data: RequestData<N> } }[RequestName];

/** A request in its envelope, checked; `undefined` for anything else. */
export function parseRequest(message: unknown): ParsedRequest | undefined {
  if (!isObject(message) || message.channel !== CHANNEL || !isString(message.name) || !isRequestName(message.name)) return undefined;
  const name = message.name;
  const data = checks[name](message.data);
  return data === undefined ? undefined : ({ name, data } as ParsedRequest);
}
