// Renders the app icons (PNG) from their SVG sources in assets/icons/ with Chromium, so the PNGs in
// static/icons/ can be remade after a change to the mark without an image tool or a new dependency.
// Usage: node scripts/make-icons.js   (then commit static/icons/*.png)
//
// Chromium writes full-colour PNGs with quick compression. With pngquant and optipng installed
// (apt-get install -y pngquant optipng), each is then cut to a palette at quality 90 or more, which
// the eye does not tell apart for a flat mark, and recompressed: the 192 px icon, which Chromium
// fetches with the manifest on a page's first load, went from 5.0 to 2.6 kB with 256 colours. The
// mark is two colours and the shades of their edges: 32 colours meet the same quality, and with
// zopflipng (apt-get install -y zopfli) it is 1.4 kB, at most 10 of 255 from the 256-colour one
// over grey. A mark that 32 colours cannot draw at that quality keeps 256. Without the tools the PNGs
// are kept as Chromium wrote them, and the script says so.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

const icons = [
	{ source: 'assets/icons/icon.svg', size: 192, out: 'static/icons/icon-192.png' },
	{ source: 'assets/icons/icon.svg', size: 512, out: 'static/icons/icon-512.png' },
	{ source: 'assets/icons/icon-maskable.svg', size: 512, out: 'static/icons/icon-maskable-512.png' },
	// iOS rounds the corners itself and shows transparency as black, so it gets the full-bleed mark.
	{ source: 'assets/icons/icon-maskable.svg', size: 180, out: 'static/icons/apple-touch-icon.png' }
];

/** Whether a command-line tool is installed. */
function has(tool) {
	try {
		execFileSync(tool, ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
const smaller = has('pngquant') && has('optipng');
if (!smaller) console.warn('pngquant or optipng is missing: the PNGs are written as Chromium makes them, larger than they need be.');
const zopfli = has('zopflipng');
if (smaller && !zopfli) console.warn('zopflipng is missing: the PNGs are compressed by optipng alone, about a tenth larger.');

/** The PNG at `path` as a palette of 32 colours, or 256 where 32 miss quality 90, recompressed, in place. */
function makeSmaller(path) {
	const before = statSync(path).size;
	const quantise = (colours) => execFileSync('pngquant', ['--quality', '90-100', '--speed', '1', '--force', '--strip', '--output', path, colours, '--', path]);
	let colours = '32';
	try {
		quantise(colours);
	} catch (error) {
		// pngquant's exit code 99: the quality asked for needs more colours.
		if (/** @type {{ status?: number }} */ (error).status !== 99) throw error;
		colours = '256';
		quantise(colours);
	}
	execFileSync('optipng', ['-quiet', '-o7', path]);
	if (zopfli) execFileSync('zopflipng', ['-m', '-y', path, path], { stdio: 'ignore' });
	return `${colours} colours, ${before} → ${statSync(path).size} bytes`;
}

const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: chromiumArgs
});
try {
	for (const { source, size, out } of icons) {
		const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
		const svg = readFileSync(source, 'utf8');
		// An <img> of the SVG scaled by the browser, not the SVG's own pixel size, so every size is drawn sharp.
		const html = `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>
			<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`;
		await page.setContent(html);
		await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
		await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
		await page.close();
		console.log(`${out} (${size}×${size})${smaller ? `, ${makeSmaller(out)}` : ''}`);
	}
} finally {
	await browser.close();
}
