/**
 * Which precached page answers a navigation when the network does not. Pure functions over the
 * service worker's list of prerendered paths (which already carry the base path), kept apart from the
 * worker so they can be tested in Node.
 */

/**
 * The form of a page path that ignores how it was spelt: no trailing slash, no `.html`, no `/index`.
 * @example pageKey('/ru/about/') === '/ru/about'; pageKey('/index.html') === ''
 */
export function pageKey(pathname: string): string {
	let path = pathname;
	try {
		path = decodeURI(pathname);
	} catch {
		// A malformed escape cannot name a prerendered page; compare it as it came.
	}
	return path
		.replace(/\/+$/, '')
		.replace(/\.html$/, '')
		.replace(/(^|\/)index$/, '');
}

export interface OfflinePages {
	/** The precached path for the page at `pathname` (any query string already removed), if there is one. */
	pageFor(pathname: string): string | undefined;
	/** The precached 404 page nearest to `pathname`: `/ru/no/such` → `/ru/404`, else the root `/404`. */
	notFoundPageFor(pathname: string): string | undefined;
	/** Whether `path` is one of the 404 pages, which a host may rightly serve with status 404. */
	isNotFoundPage(path: string): boolean;
}

/**
 * Indexes the prerendered paths once, when the worker starts.
 * @example offlinePages(['/', '/about', '/404']).pageFor('/about/') === '/about'
 */
export function offlinePages(prerendered: readonly string[]): OfflinePages {
	const byKey = new Map(prerendered.map((path) => [pageKey(path), path]));
	// Each 404 page serves the folder it sits in (the language's root), the deepest folder first.
	const notFound = prerendered
		.filter((path) => /\/404(\.html)?$/.test(path))
		.map((path) => ({ path, folder: pageKey(path).replace(/\/404$/, '') }))
		.sort((a, b) => b.folder.length - a.folder.length);
	const notFoundPaths = new Set(notFound.map((page) => page.path));

	return {
		pageFor: (pathname) => byKey.get(pageKey(pathname)),
		notFoundPageFor(pathname) {
			const key = pageKey(pathname);
			return notFound.find(({ folder }) => folder === '' || key === folder || key.startsWith(`${folder}/`))?.path;
		},
		isNotFoundPage: (path) => notFoundPaths.has(path)
	};
}
