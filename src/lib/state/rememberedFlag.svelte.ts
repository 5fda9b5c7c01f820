/**
 * A yes/no choice kept in localStorage, such as "don't show this hint again". Storage can be
 * missing, full, blocked (Safari private mode, disabled cookies) or hold junk: then the choice lasts
 * for this page only, and nothing throws.
 */
export class RememberedFlag {
	/** False until `load` finds the flag set, or `set` is called. */
	value = $state(false);
	readonly #key: string;

	constructor(key: string) {
		this.#key = key;
	}

	/** Reads the stored choice; call in the browser only. */
	load(): void {
		try {
			this.value = localStorage.getItem(this.#key) === '1';
		} catch {
			this.value = false;
		}
	}

	set(): void {
		this.value = true;
		try {
			localStorage.setItem(this.#key, '1');
		} catch {
			// Not remembered beyond this page; the choice still holds until it is closed.
		}
	}
}
