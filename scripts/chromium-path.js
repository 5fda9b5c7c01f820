// Where the browser for the tests is (CHROMIUM_PATH if set, else Debian's Chromium), and how to start it.
import { existsSync } from 'node:fs';

export const defaultChromium = '/usr/bin/chromium';

export function chromiumPath() {
	return process.env.CHROMIUM_PATH || (existsSync(defaultChromium) ? defaultChromium : undefined);
}

/**
 * Flags for Chromium here: no sandbox (root in a container), no GPU, and none of its background
 * connections, which a closed network answers by refusing many at a time.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
