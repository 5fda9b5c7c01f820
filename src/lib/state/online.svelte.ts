/**
 * Whether the browser has a network. Prerendered HTML and the first render assume online, so the
 * offline badge appears only once the page runs in a browser that says it is offline.
 */
import { online } from 'svelte/reactivity/window';

class OnlineStatus {
	/** True only when the browser reports no network (`navigator.onLine === false`). */
	get offline(): boolean {
		return online.current === false;
	}
}

export const onlineStatus = new OnlineStatus();
