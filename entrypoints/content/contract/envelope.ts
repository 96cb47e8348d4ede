/**
 * The envelope every message travels in (`{ channel: 'sva', name, data }`),
 * so stray messages (other extensions' pages, old versions) are told apart
 * at once; and the names of the requests. Free of zod, for the content
 * script's core; protocol.ts holds the schemas.
 */

export const CHANNEL = 'sva';

/** The requests a page may ask a frame, by name (their schemas: protocol.ts REQUESTS). */
export const REQUEST_NAMES = ['probe', 'insert', 'pageText', 'showEvidence'] as const;
export type RequestName = (typeof REQUEST_NAMES)[number];

/** The pushes a frame may send (their schemas: protocol.ts PUSHES). */
export const PUSH_NAMES = ['targetChanged'] as const;
export type PushName = (typeof PUSH_NAMES)[number];

export interface Envelope {
  channel: typeof CHANNEL;
  name: string;
  data?: unknown;
}

export function envelope(name: RequestName | PushName, data: unknown): Envelope {
  return { channel: CHANNEL, name, data };
}

export function isRequestName(name: string): name is RequestName {
  return (REQUEST_NAMES as readonly string[]).includes(name);
}

export function isPushName(name: string): name is PushName {
  return (PUSH_NAMES as readonly string[]).includes(name);
}
