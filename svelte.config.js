import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import pkg from './package.json' with { type: 'json' };

const buildDir = process.env.BUILD_DIR ?? 'build';

function appVersion() {
	// Kit reads this file more than once per build (client, server, prerendering): the first reading's
	// time is kept in the environment, which the later readings share, so all parts agree on the version.
	process.env.NONSTOP_BUILD_TIME ??= new Date().toISOString().replace(/\D/g, '').slice(0, 14);
	return process.env.APP_VERSION || `${pkg.version}+${process.env.NONSTOP_BUILD_TIME}`;
}

// SvelteKit's route announcer (generated root.svelte) is the one element with a style attribute; its
// exact style is allowed by hash, so the policy needs no 'unsafe-inline' for styles.
const announcerStyle =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerStyleHash = `sha256-${createHash('sha256').update(announcerStyle).digest('base64')}`;

/**
 * adapter-static's precompress writes .br and .gz beside the pages, scripts, stylesheets, SVG and
 * JSON, not beside the web app manifests. A browser fetches the page's manifest with its first load
 * (Chromium, to see whether the app can be installed): compressed, each is less than half its size.
 * A host that compresses as it sends does so itself; scripts/serve.js, and a host that sends the
 * precompressed files, send only what the build wrote.
 * @param {import('@sveltejs/kit').Adapter} staticAdapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withManifestsCompressed(staticAdapter) {
	return {
		...staticAdapter,
		async adapt(builder) {
			await staticAdapter.adapt(builder);
			const manifests = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.webmanifest'));
			for (const file of manifests) {
				const path = join(buildDir, file);
				const text = readFileSync(path);
				writeFileSync(`${path}.br`, brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
				writeFileSync(`${path}.gz`, gzipSync(text, { level: constants.Z_BEST_COMPRESSION }));
			}
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { experimental: { async: true } },
	kit: {
		// Every page is prerendered; the 404 page is a real prerendered page (src/routes/404).
		// precompress writes .br and .gz beside each file for hosts (and scripts/serve.js) that serve them;
		// withManifestsCompressed() adds the manifests.
		adapter: withManifestsCompressed(adapter({ pages: buildDir, assets: buildDir, strict: true, precompress: true })),
		// The airports' schedule snapshots; a build for the tests reads constructed ones instead.
		alias: { $official: process.env.OFFICIAL_SNAPSHOTS ?? 'src/lib/data/official' },
		// A separate working folder lets two builds (say, a sub-path build in the tests) run side by side.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: {
			// Serving under a sub-path (for example /nonstop) is set at build time.
			base: process.env.BASE_PATH ?? '',
			// Absolute asset paths, so that 404.html works at any depth of unknown URL.
			relative: false
		},
		// Every stylesheet a page starts with goes into the page itself (with its hash in the policy).
		// As files they shared a slow phone's bandwidth with the page's scripts, fetched at the same
		// time, and the first paint waited for the last of them: the app's (5 kB) and the schedule's
		// (10 kB) are 3.9 kB brotli together, under the threshold with room for growth.
		inlineStyleThreshold: 16384,
		prerender: {
			// The language switcher links every page in every language, so crawling finds them all;
			// the entries make sure even an unlinked language root is built.
			entries: ['*', '/map/basemap.svg', '/ru/', '/kk/', '/ko/', '/404', '/ru/404', '/kk/404', '/ko/404']
		},
		// The service worker names its cache after the version, so each build must have its own:
		// APP_VERSION when set (CI can pass the commit), else the package version and the build's time.
		version: { name: appVersion() },
		// Hashes, not nonces: the pages are prerendered, and the policy reaches the browser as a <meta>
		// tag on any static host. Scripts run only from this origin or with a listed hash; no inline
		// styles either (colours come from classes) but for the route announcer's, by its hash. frame-ancestors, which a <meta> cannot carry,
		// is in static/_headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash],
				'img-src': ['self', 'data:', 'https://tile.openstreetmap.org'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Registered by src/lib/state/serviceWorker.svelte.ts instead, which also runs the update prompt.
		serviceWorker: { register: false }
	}
};

export default config;
