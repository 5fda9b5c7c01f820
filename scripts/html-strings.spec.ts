// The app never turns a string into HTML: no {@html}, no innerHTML and its kin, and nothing but DOM
// nodes handed to Leaflet's popups and tooltips, which would read a string as HTML (the reason for
// CVE-2025-69993, filed against Leaflet's bindPopup). This reads every source file the browser gets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../tests/sourceFiles';

/** The code without its comments, which may well name what they avoid. */
function code(text: string): string {
	return text
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const unsafe: [string, RegExp][] = [
	['{@html}', /\{@html\b/],
	['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
	['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
	['document.write', /\bdocument\.write(ln)?\s*\(/],
	['createContextualFragment', /\bcreateContextualFragment\b/],
	['a string to a Leaflet popup or tooltip', /\.(bindPopup|bindTooltip|setContent|setTooltipContent|setPopupContent)\(\s*['"`]/],
	['a string as a Leaflet icon’s HTML', /\bdivIcon\(\s*\{[^}]*\bhtml:\s*['"`]/]
];

describe('no HTML built from strings', () => {
	// Everything in `src`, Paraglide's compiled messages and plain JavaScript included.
	const files = sourceFiles('src', /\.(svelte|ts|js)$/, []);

	it('reads the app’s sources', () => {
		expect(files.some((file) => file.endsWith('leafletMap.ts'))).toBe(true);
		expect(files.length).toBeGreaterThan(50);
	});

	for (const [what, pattern] of unsafe) {
		it(`uses no ${what}`, () => {
			const found = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8'))));
			expect(found).toEqual([]);
		});
	}

	it('would notice one', () => {
		expect(unsafe.some(([, pattern]) => pattern.test(code('marker.bindPopup(`<b>${name}</b>`)')))).toBe(true);
		expect(unsafe.some(([, pattern]) => pattern.test(code('<p>{@html text}</p>')))).toBe(true);
		expect(unsafe.some(([, pattern]) => pattern.test(code("L.divIcon({ className: 'x', html: `<b>${name}</b>` })")))).toBe(true);
		expect(unsafe.some(([, pattern]) => pattern.test(code("L.divIcon({ html: element, className: 'x' })")))).toBe(false);
		expect(unsafe.some(([, pattern]) => pattern.test(code('// not innerHTML: the URL is data too')))).toBe(false);
	});
});
