import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMakeCertificate, makeCertificate } from './certificate.js';

// scripts/serve.js over HTTPS with HTTP/2, as `npm run bench` runs it: a built site in miniature,
// a certificate made here, and an HTTP/2 client.

describe.skipIf(!canMakeCertificate())('serve.js over HTTP/2', () => {
	let dir: string;
	let certificate: ReturnType<typeof makeCertificate>;
	let server: ChildProcess;
	let origin: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'nonstop-serve-'));
		const site = join(dir, 'site');
		mkdirSync(join(site, 'ru'), { recursive: true });
		writeFileSync(join(site, 'index.html'), '<p>home</p>');
		writeFileSync(join(site, 'index.html.br'), brotliCompressSync('<p>home</p>'));
		writeFileSync(join(site, 'about.html'), '<p>about</p>');
		writeFileSync(join(site, '404.html'), '<p>not found</p>');
		writeFileSync(join(site, 'ru', '404.html'), '<p>не найдено</p>');
		certificate = makeCertificate();
		server = spawn(process.execPath, ['scripts/serve.js'], {
			env: { ...process.env, ...certificate.env, BUILD_DIR: site, PORT: '0' },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const line = await new Promise<string>((resolve) => server.stdout!.once('data', (data) => resolve(String(data))));
		origin = line.match(/https:\/\/[^/\s]+/)![0];
	});

	afterAll(() => {
		server?.kill();
		certificate?.remove();
		rmSync(dir, { recursive: true, force: true });
	});

	/** One request over HTTP/2: its status, headers and body. */
	function get(path: string, headers: Record<string, string> = {}) {
		return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
			const session = connect(origin, { rejectUnauthorized: false });
			session.on('error', reject);
			const request = session.request({ ':path': path, ...headers });
			const chunks: Buffer[] = [];
			let head: Record<string, unknown> = {};
			request.on('response', (h) => (head = h));
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				session.close();
				resolve({ status: Number(head[':status']), headers: head, body: Buffer.concat(chunks) });
			});
			request.on('error', reject);
			request.end();
		});
	}

	it('says where it serves, with https', () => {
		expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
	});

	it('sends the precompressed page to a client that takes brotli', async () => {
		const response = await get('/', { 'accept-encoding': 'br' });
		expect(response.status).toBe(200);
		expect(response.headers['content-encoding']).toBe('br');
		expect(response.body.equals(brotliCompressSync('<p>home</p>'))).toBe(true);
	});

	it('serves clean URLs and the language’s own 404 page', async () => {
		expect((await get('/about')).body.toString()).toBe('<p>about</p>');
		const missing = await get('/ru/nowhere');
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toBe('<p>не найдено</p>');
	});
});
