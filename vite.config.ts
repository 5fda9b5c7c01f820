import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.config.js';
import { airlines } from './src/lib/data/airlines';
import { airlineColourCss } from './src/lib/domain/airlineColours';

/**
 * The airlines' colours, from the data, as a stylesheet the layout imports
 * (`virtual:airline-colours.css`): bundled with the app's CSS, so the colours are written once and
 * reach the page without a style attribute. Vite restarts when the data file changes, since this
 * config imports it.
 */
function airlineColours(): Plugin {
	const id = 'virtual:airline-colours.css';
	return {
		name: 'nonstop:airline-colours',
		resolveId: (source) => (source === id ? id : undefined),
		load: (source) => (source === id ? airlineColourCss(airlines) : undefined)
	};
}

/**
 * Chromium's explicit compile hint (V8 13.6 and later) on every file of the browser's build: each is
 * code a page runs as it starts (or the moment its part is wanted, like the live map), so V8
 * compiles all its functions while the file streams in, off the main thread, instead of one by
 * one on first call in the middle of hydration. Other browsers read a comment. After minification,
 * which would drop it; not in the server build, which no browser loads.
 */
function compileHints(): Plugin {
	return {
		name: 'nonstop:compile-hints',
		apply: 'build',
		config: (config) =>
			config.build?.ssr ? {} : { build: { rolldownOptions: { output: { postBanner: '//# allFunctionsCalledOnLoad' } } } }
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin(paraglideOptions),
		sveltekit(),
		airlineColours(),
		compileHints()
	],
	test: {
		// scripts/ holds the build's own checks, tested beside them.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
