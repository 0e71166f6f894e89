// The receipt and what it yields, computed in the browser so that the receipt never leaves it.
// Same rules as org.yadman.intake.Receipt and ReceiptKeys (docs/intake.md): Argon2id of the 16
// ASCII digits, salted with SHA-256("yadman-intake-lookup\n" || instance salt) for the lookup
// secret, and SHA-256("yadman-intake-key\n" || instance salt) for the key passphrase.
import { argon2id } from '/static/vendor/noble-hashes/argon2.js';
import { sha256 } from '/static/vendor/noble-hashes/sha2.js';

const text = (s) => new TextEncoder().encode(s);

export const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function fromHex(s) {
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(2 * i, 2), 16);
  return out;
}

/** 16 random digits, without modulo bias. */
export function newReceipt() {
  let digits = '';
  const byte = new Uint8Array(1);
  while (digits.length < 16) {
    crypto.getRandomValues(byte);
    if (byte[0] < 250) digits += String(byte[0] % 10);
  }
  return digits;
}

/** Digits typed in any script, spaces and dashes allowed; null unless exactly 16 digits remain. */
export function parseReceipt(typed) {
  const ascii = typed.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\s\-\u200c\u200e\u200f]/g, '');
  return /^[0-9]{16}$/.test(ascii) ? ascii : null;
}

export const grouped = (d) => `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`;

function salt(label, instanceSalt) {
  const l = text(label);
  const both = new Uint8Array(l.length + instanceSalt.length);
  both.set(l);
  both.set(instanceSalt, l.length);
  return sha256(both);
}

/** {lookup, passphrase}: both 64 hex digits. Takes a second or two (19 MiB of Argon2id, twice). */
export async function derive(digits, config) {
  const instanceSalt = fromHex(config.salt);
  const opts = { t: config.argon2Iterations, m: config.argon2MemoryKib, p: config.argon2Parallelism, dkLen: 32 };
  await new Promise((r) => setTimeout(r, 0)); // let the status text paint before the heavy work
  const lookup = hex(argon2id(text(digits), salt('yadman-intake-lookup\n', instanceSalt), opts));
  const passphrase = hex(argon2id(text(digits), salt('yadman-intake-key\n', instanceSalt), opts));
  return { lookup, passphrase };
}

/** Solves the server's proof of work: a nonce such that SHA-256(challenge ":" nonce) starts with `bits` zero bits. */
export async function proofOfWork() {
  const config = await (await fetch('/api/intake/config', { cache: 'no-store' })).json();
  const challenge = await (await fetch('/api/intake/pow', { cache: 'no-store' })).text();
  for (let nonce = 0; ; nonce++) {
    const solution = `${challenge}:${nonce}`;
    const h = sha256(text(solution));
    let ok = true;
    for (let i = 0; i < config.powBits && ok; i++) ok = ((h[i >> 3] >> (7 - (i & 7))) & 1) === 0;
    if (ok) return solution;
    if (nonce % 20000 === 0) await new Promise((r) => setTimeout(r, 0));
  }
}

export function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export { sha256 };
