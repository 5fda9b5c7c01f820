/**
 * A yes/no choice kept in localStorage, such as "don't show this hint again", and followed across
 * tabs while anything reads it. Storage can be missing, full, blocked (Safari private mode,
 * disabled cookies) or hold junk: then the choice lasts for this page only, and nothing throws.
 */
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';

function readFlag(key: string): boolean {
	try {
		return localStorage.getItem(key) === '1';
	} catch {
		return false;
	}
}

export class RememberedFlag {
	readonly #key: string;
	/** Chosen on this page: holds even where storage refuses to keep it. */
	#chosenHere = $state(false);
	readonly #otherTabs: () => void;

	constructor(key: string) {
		this.#key = key;
		this.#otherTabs = createSubscriber((update) =>
			// key is null when another tab cleared all of storage.
			on(window, 'storage', (event) => {
				if (event.key === key || event.key === null) update();
			})
		);
	}

	/** Whether the choice was made, on this page or before; read in the browser only. */
	get value(): boolean {
		if (this.#chosenHere) return true;
		this.#otherTabs();
		return readFlag(this.#key);
	}

	set(): void {
		this.#chosenHere = true;
		try {
			localStorage.setItem(this.#key, '1');
		} catch {
			// Not remembered beyond this page; the choice still holds until it is closed.
		}
	}
}
