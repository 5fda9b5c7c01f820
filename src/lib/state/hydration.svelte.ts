/**
 * Whether the page has hydrated in the browser. Prerendered pages cannot read the query string or
 * the clock at build time, so anything that depends on them waits for this, and the first client
 * render matches the prerendered HTML.
 */
import { page } from '$app/state';

class Hydration {
	done = $state(false);
	/**
	 * The page's query string (`?airline=KC`) once hydrated, '' before: a string, so that a page
	 * without one changes nothing when hydration ends, and nothing that reads it is worked out again.
	 */
	search = $derived(this.done ? page.url.search : '');
}

export const hydration = new Hydration();

const emptyQuery = new URLSearchParams();

/** The page's query string once hydrated; empty while prerendering and before hydration. */
export function queryParams(): URLSearchParams {
	return hydration.search ? page.url.searchParams : emptyQuery;
}
