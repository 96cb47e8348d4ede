export interface FixtureServer {
  origin: string;
  crossOrigin: string;
  close(): Promise<void>;
}
export function startFixtureServer(options?: { port?: number; crossPort?: number }): Promise<FixtureServer>;
