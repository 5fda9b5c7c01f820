// A self-signed certificate for 127.0.0.1, for serving the build over HTTPS with HTTP/2 on loopback
// (the bench, and the test of scripts/serve.js). openssl makes it; Node has no way to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether openssl is there to make one. */
export function canMakeCertificate() {
	try {
		execFileSync('openssl', ['version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * Makes a certificate valid for a day in a new temporary folder: the paths to pass to serve.js as
 * TLS_CERT and TLS_KEY, and a function that deletes it. Throws when openssl is missing.
 */
export function makeCertificate() {
	const dir = mkdtempSync(join(tmpdir(), 'nonstop-tls-'));
	const cert = join(dir, 'cert.pem');
	const key = join(dir, 'key.pem');
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
				'-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
			{ stdio: 'ignore' }
		);
	} catch (error) {
		remove();
		throw error;
	}
	return { env: { TLS_CERT: cert, TLS_KEY: key }, remove };
}
