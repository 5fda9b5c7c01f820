// Makes sure a Chromium is there for the browser tests: CHROMIUM_PATH, or /usr/bin/chromium, or
// install one (Debian's package as root, Playwright's own installer elsewhere); else one clear line.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, defaultChromium } from './chromium-path.js';

const found = chromiumPath();
if (found && existsSync(found)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
	console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no browser there.`);
	process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
try {
	if (isRoot && hasApt) {
		console.log('No Chromium found: installing Debian’s chromium package…');
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	} else {
		console.log('No Chromium found: trying Playwright’s own installer…');
		execSync('npx playwright install chromium', { stdio: 'inherit' });
	}
} catch {
	// Reported below.
}
if (existsSync(defaultChromium) || (!isRoot && !hasApt)) process.exit(0);
console.error(
	'The browser tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.'
);
process.exit(1);
