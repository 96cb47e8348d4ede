/** One step of the framework file format, from one version to the next. */
export interface Migration {
  from: number;
  to: number;
  /**
   * Rewrites a file of version `from` as version `to`. Pure: never changes
   * its input. `notices` tell the officer what changed and what to check.
   */
  migrate(file: Record<string, unknown>): { file: Record<string, unknown>; notices: string[] };
}
