/**
 * Contents for Leaflet tooltips and popups, built as DOM nodes with `textContent`. Leaflet treats a
 * string as HTML, so no string from the data is ever handed to it.
 */

/** A span holding `text` as text, e.g. an airport code for a tooltip. */
export function textLabel(text: string, className?: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.textContent = text;
	if (className) span.className = className;
	return span;
}

/** An airport's popup: its name linking to its page. */
export function airportPopup({ label, href }: { label: string; href: string }): HTMLElement {
	const box = document.createElement('div');
	box.className = 'airport-popup';
	const link = document.createElement('a');
	// The property, not innerHTML: the URL is data too.
	link.href = href;
	link.textContent = label;
	box.append(link);
	return box;
}
