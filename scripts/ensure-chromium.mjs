#!/usr/bin/env node
// Makes sure Debian's Chromium (which the end-to-end tests drive through playwright-core) is
// installed: present → ok; missing and root → apt-get install it; otherwise exit 1 with the command.
// [Reference] ../shared/TOOLCHAIN.md, "End-to-end tests in one npm test".
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.RUNGS_CHROMIUM ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (existsSync(CHROMIUM)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium is missing at ${CHROMIUM}; the end-to-end tests need it.\n` +
      `Install it with:\n  sudo sh -c '${INSTALL}'\n` +
      `(or point RUNGS_CHROMIUM at an existing Chromium binary).`,
  );
  process.exit(1);
}

console.log(`Chromium is missing at ${CHROMIUM}; installing it: ${INSTALL}`);
try {
  execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch {
  console.error(`Installing Chromium failed. Run this yourself and retry:\n  ${INSTALL}`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} still does not exist.`);
  process.exit(1);
}
