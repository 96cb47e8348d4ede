// Builds what the end-to-end tests load (the e2e builds of the extension
// and the editor fixtures) and runs the suite once in Debian's Chromium and
// once in Firefox ESR, the same tests in each (see tests/e2e/harness.ts).
// `--browser chromium` or `--browser firefox` runs one; other arguments go
// to vitest (for example a test file).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { executable: process.env.SVA_BROWSER ?? '/usr/bin/chromium', install: 'apt-get install -y chromium' },
  firefox: { executable: process.env.SVA_FIREFOX ?? '/usr/bin/firefox-esr', install: 'apt-get install -y firefox-esr' },
};

const args = process.argv.slice(2);
const at = args.indexOf('--browser');
const only = at === -1 ? undefined : args.splice(at, 2)[1];
if (only !== undefined && !(only in BROWSERS)) {
  console.error(`--browser must be one of: ${Object.keys(BROWSERS).join(', ')}`);
  process.exit(1);
}
const browsers = only ? [only] : Object.keys(BROWSERS);

for (const name of browsers) {
  const { executable, install } = BROWSERS[name];
  if (!existsSync(executable)) {
    console.error(`${name} was not found at ${executable}. Install it (Debian: ${install}).`);
    process.exit(1);
  }
}

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The shipped Chrome and Firefox builds (their manifests are checked, and
// web-ext lints the Firefox one) and the e2e builds, which alone may reach
// the fixture server.
run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-config-discovery']);
if (browsers.includes('chromium')) run('npx', ['wxt', 'build'], { SVA_E2E: '1' });
if (browsers.includes('firefox')) run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { SVA_E2E: '1' });
run('node', ['tests/tools/build-fixtures.mjs']);

for (const name of browsers) {
  const started = Date.now();
  console.log(`\nEnd-to-end tests in ${name}`);
  run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...args], { SVA_E2E_BROWSER: name });
  console.log(`End-to-end tests in ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
