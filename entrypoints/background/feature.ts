/** One feature of the background (see index.ts, where each is registered). */
export interface BackgroundFeature {
  /** For messages and tests. */
  name: string;
  /** Adds the feature's listeners. Synchronous: called as the background starts. */
  start(): void;
}
