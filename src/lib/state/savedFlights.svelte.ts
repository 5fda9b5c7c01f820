/**
 * The traveller's saved flights, kept in localStorage under one versioned key and shared by every
 * tab: a change in one tab reaches the others through the `storage` event. Storage that throws
 * (Safari private mode, a full quota, storage blocked by the user) leaves the list working in
 * memory for this page. No other key is ever read or written.
 */
import { catalog } from '$lib/data/catalog';
import { airportsByCode } from '$lib/data/lookup';
import type { Departure } from '$lib/domain/departures';
import { readSavedFlights, SAVED_FLIGHTS_KEY, savedFlightKey, storedSavedFlights } from '$lib/domain/savedFlights';

type FlightRef = Pick<Departure, 'service' | 'departureDate'>;

// Even reading `window.localStorage` can throw (a SecurityError when storage is blocked).
function readStored(): string | null {
	try {
		return window.localStorage.getItem(SAVED_FLIGHTS_KEY);
	} catch {
		return null;
	}
}

function writeStored(value: string): boolean {
	try {
		window.localStorage.setItem(SAVED_FLIGHTS_KEY, value);
		return true;
	} catch {
		return false;
	}
}

class SavedFlights {
	/** Soonest first. Raw: departures hold Dates and catalog records, which need no deep proxy. */
	list = $state.raw<Departure[]>([]);
	/** False until storage has been read in the browser: the prerendered page knows nothing saved. */
	loaded = $state(false);
	/** False after a write failed: the list then lasts only as long as the page. */
	stored = $state(true);
	#users = 0;

	#onStorage = (event: StorageEvent) => {
		// key is null when another tab cleared all of storage.
		if (event.key === SAVED_FLIGHTS_KEY || event.key === null) this.#read();
	};

	#read() {
		this.list = readSavedFlights(readStored(), catalog.services, airportsByCode);
		this.loaded = true;
	}

	#write(next: Departure[]) {
		this.list = [...next].sort((a, b) => a.departs.getTime() - b.departs.getTime());
		this.stored = writeStored(storedSavedFlights(this.list));
	}

	/**
	 * Reads storage and follows other tabs for as long as a component needs the list: call it from
	 * `$effect`, which runs only in the browser, after hydration. Returns the matching stop.
	 */
	connect(): () => void {
		if (this.#users++ === 0) {
			this.#read();
			window.addEventListener('storage', this.#onStorage);
		}
		return () => {
			if (--this.#users === 0) window.removeEventListener('storage', this.#onStorage);
		};
	}

	has(flight: FlightRef): boolean {
		const key = savedFlightKey(flight);
		return this.list.some((d) => savedFlightKey(d) === key);
	}

	toggle(flight: Departure) {
		if (this.has(flight)) this.remove(flight);
		else this.#write([...this.list, flight]);
	}

	remove(flight: FlightRef) {
		const key = savedFlightKey(flight);
		this.#write(this.list.filter((d) => savedFlightKey(d) !== key));
	}
}

export const savedFlights = new SavedFlights();
