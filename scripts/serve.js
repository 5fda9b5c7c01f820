// Serves build/ the way a static host does: clean URLs (/about → about.html), the language's own
// 404.html with status 404 for unknown paths, long caching for hashed assets. Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
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

const server = createServer((request, response) => {
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
});

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
	console.log(`Nonstop is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}/`);
});
