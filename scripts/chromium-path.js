// Where the browser for the tests is: CHROMIUM_PATH if set, else Debian's Chromium.
import { existsSync } from 'node:fs';

export const defaultChromium = '/usr/bin/chromium';

export function chromiumPath() {
	return process.env.CHROMIUM_PATH || (existsSync(defaultChromium) ? defaultChromium : undefined);
}
