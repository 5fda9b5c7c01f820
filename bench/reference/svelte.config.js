// The bench's reference: the least a page of this kind can be, built by `npm run bench` with the
// project's own packages (the root node_modules) and SvelteKit's defaults, precompressed as the
// app is, so both are served alike by scripts/serve.js (which answers unknown paths with 404.html).
// Not part of the app, its checks or its tests.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', precompress: true })
	}
};
