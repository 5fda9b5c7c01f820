/**
 * Whether the page has hydrated in the browser. Prerendered pages cannot read the query string or
 * the clock at build time, so anything that depends on them waits for this, and the first client
 * render matches the prerendered HTML.
 */
import { page } from '$app/state';

class Hydration {
	done = $state(false);
}

export const hydration = new Hydration();

const emptyQuery = new URLSearchParams();

/** The page's query string once hydrated; empty while prerendering and before hydration. */
export function queryParams(): URLSearchParams {
	return hydration.done ? page.url.searchParams : emptyQuery;
}
