/**
 * The traveller's saved flights, kept in localStorage under one versioned key and shared by every
 * tab: while anything shows the list, a change in another tab reaches it through the `storage`
 * event. Storage that throws (Safari private mode, a full quota, storage blocked by the user) leaves
 * the list working in memory for this page. No other key is ever read or written.
 */
import { catalog } from '$lib/data/catalog';
import { airport } from '$lib/data/lookup';
import type { Departure } from '$lib/domain/departures';
import { readSavedFlightsWithChanges, SAVED_FLIGHTS_KEY, savedFlightKey, storedSavedFlights, type SavedFlightChange, type SavedFlightsRead } from '$lib/domain/savedFlights';
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';
import { hydration } from './hydration.svelte';

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
	/** False after a write failed: the list then lasts only as long as the page. */
	stored = $state(true);
	/** The list as this page last changed it, while storage refuses it. */
	#inMemory = $state.raw<Departure[] | null>(null);
	/** Counts this page's own writes, which fire no `storage` event here. */
	#writes = $state(0);
	/** The last stored text read and what it gave, so that every reader does not parse it anew. */
	#read: { raw: string | null; read: SavedFlightsRead } | null = null;

	#otherTabs = createSubscriber((update) =>
		on(window, 'storage', (event) => {
			// key is null when another tab cleared all of storage.
			if (event.key !== SAVED_FLIGHTS_KEY && event.key !== null) return;
			this.#inMemory = null;
			update();
		})
	);

	/** What storage gives now, read once per change of the stored text. */
	#current(): SavedFlightsRead | null {
		if (!hydration.done) return null;
		this.#otherTabs();
		void this.#writes;
		const raw = readStored();
		if (this.#read?.raw !== raw) this.#read = { raw, read: readSavedFlightsWithChanges(raw, catalog.services, airport) };
		return this.#read.read;
	}

	/** Soonest first. Departures hold Dates and catalog records, so the list is not a deep proxy. */
	get list(): Departure[] {
		const read = this.#current();
		if (!read) return [];
		return this.#inMemory ?? read.flights;
	}

	/** Saved flights that new data moved or dropped, until the traveller dismisses each. */
	get changes(): SavedFlightChange[] {
		if (this.#inMemory) return [];
		return this.#current()?.changes ?? [];
	}

	#write(next: Departure[], keep = this.#current()?.dropped ?? [], seen: SavedFlightChange | null = null) {
		const list = [...next].sort((a, b) => a.departs.getTime() - b.departs.getTime());
		// Dropped flights stay stored, and moved ones keep the time they had, until dismissed.
		const unseen = new Map(
			this.changes.flatMap((c) => (c.kind === 'moved' && c !== seen ? [[savedFlightKey(c.departure), c.was] as const] : []))
		);
		this.stored = writeStored(storedSavedFlights(list, keep, unseen));
		this.#inMemory = this.stored ? null : list;
		this.#writes++;
	}

	/** Said and seen: a moved flight keeps its new time, a dropped one goes. */
	dismiss(change: SavedFlightChange) {
		const dropped = (this.#current()?.dropped ?? []).filter((ref) => change.kind !== 'dropped' || ref !== change.ref);
		this.#write(this.list, dropped, change);
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
