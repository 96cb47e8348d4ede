// Builds what the end-to-end tests load (the e2e build of the extension and
// the editor fixtures) and runs them in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.SVA_BROWSER ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium was not found at ${chromium}. Install it (Debian: apt-get install -y chromium) or set SVA_BROWSER.`);
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The shipped Chrome and Firefox builds (their manifests are checked) and the
// e2e build, which alone may reach the fixture server.
run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
run('npx', ['wxt', 'build'], { SVA_E2E: '1' });
if (existsSync('tests/tools/build-fixtures.mjs')) run('node', ['tests/tools/build-fixtures.mjs']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
