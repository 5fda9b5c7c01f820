// Serves build/ the way a static host does: clean URLs (/about → about.html), the language's own
// 404.html with status 404 for unknown paths, long caching for hashed assets. Loopback only.
// Plain HTTP/1.1 by default; given a certificate (TLS_CERT and TLS_KEY, PEM files), HTTPS with
// HTTP/2, as the static hosts the README names serve it: `npm run bench` measures that way.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const locales = ['ru', 'kk', 'ko'];

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

function fileFor(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
	if (clean === '/' || clean === '') candidates.unshift('/index.html');
	for (const candidate of candidates) {
		const full = join(root, candidate);
		if (full.startsWith(root) && existsSync(full) && statSync(full).isFile()) return full;
	}
	return null;
}

function headersFor(file, pathname) {
	const headers = {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		// The same hardening as static/_headers gives real hosts.
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'x-frame-options': 'DENY',
		'content-security-policy': "frame-ancestors 'none'"
	};
	if (pathname.includes('/_app/immutable/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
	else headers['cache-control'] = 'no-cache';
	return headers;
}

/** @type {import('node:http').RequestListener} */
const handle = (request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	let pathname = url.pathname;
	if (base) {
		if (pathname === base) pathname = '/';
		else if (pathname.startsWith(`${base}/`)) pathname = pathname.slice(base.length);
		else pathname = '/__outside_base__';
	}
	const file = fileFor(pathname);
	if (file) {
		send(request, response, 200, file, pathname);
		return;
	}
	const locale = locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`));
	const notFound = join(root, locale ? `${locale}/404.html` : '404.html');
	send(request, response, 404, notFound, pathname);
};

const tls = process.env.TLS_CERT && process.env.TLS_KEY;
const server = tls
	? createSecureServer(
			{ cert: readFileSync(process.env.TLS_CERT), key: readFileSync(process.env.TLS_KEY), allowHTTP1: true },
			/** @type {any} */ (handle)
		)
	: createServer(handle);

/** Sends a file, brotli or gzip precompressed (adapter-static's precompress) when the client takes it. */
function send(request, response, status, file, pathname) {
	const headers = headersFor(file, pathname);
	const accepts = String(request.headers['accept-encoding'] ?? '');
	headers.vary = 'Accept-Encoding';
	for (const [encoding, extension] of [['br', '.br'], ['gzip', '.gz']]) {
		if (accepts.includes(encoding) && existsSync(file + extension)) {
			headers['content-encoding'] = encoding;
			response.writeHead(status, headers);
			createReadStream(file + extension).pipe(response);
			return;
		}
	}
	response.writeHead(status, headers);
	createReadStream(file).pipe(response);
}

server.listen(port, host, () => {
	// The port it got: PORT=0 asks for any free one.
	const listening = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	console.log(`Nonstop is being served at ${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${listening}${base}/`);
});
