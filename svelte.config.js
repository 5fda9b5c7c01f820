import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the 404 page is a real prerendered page (src/routes/404).
		adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
		// A separate working folder lets two builds (say, a sub-path build in the tests) run side by side.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: {
			// Serving under a sub-path (for example /nonstop) is set at build time.
			base: process.env.BASE_PATH ?? '',
			// Absolute asset paths, so that 404.html works at any depth of unknown URL.
			relative: false
		},
		prerender: {
			// The language switcher links every page in every language, so crawling finds them all;
			// the entries make sure even an unlinked language root is built.
			entries: ['*', '/ru', '/kk', '/ko', '/404', '/ru/404', '/kk/404', '/ko/404']
		}
	}
};

export default config;
