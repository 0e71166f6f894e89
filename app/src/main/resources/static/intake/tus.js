// A small tus 1.0 client (core, creation, checksum): uploads bytes in chunks and, when the
// connection drops, asks the server where it stands (HEAD) and goes on from there.
import { proofOfWork, sha256, base64 } from './receipt.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function headOffset(url, token) {
  const r = await fetch(url, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0', 'X-CSRF-Token': token }, cache: 'no-store' });
  if (!r.ok) throw new Error(`the server lost the upload (${r.status})`);
  return Number(r.headers.get('Upload-Offset'));
}

/**
 * Uploads `bytes`; returns the upload's URL. `onResume` is called each time the connection
 * dropped and the upload goes on. A refusal by the server (4xx) is thrown with its sentence.
 */
export async function upload(bytes, { token, chunkBytes, onProgress = () => {}, onResume = () => {} }) {
  const created = await fetch('/api/intake/uploads', {
    method: 'POST',
    headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': String(bytes.length), 'X-CSRF-Token': token, 'X-Intake-Pow': await proofOfWork() },
  });
  if (created.status !== 201) throw new Error(await created.text());
  const url = created.headers.get('Location');
  let offset = 0;
  let failures = 0;
  while (offset < bytes.length) {
    const chunk = bytes.subarray(offset, Math.min(bytes.length, offset + chunkBytes));
    let response;
    try {
      response = await fetch(url, {
        method: 'PATCH',
        headers: { 'Tus-Resumable': '1.0.0', 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(offset),
          'Upload-Checksum': `sha256 ${base64(sha256(chunk))}`, 'X-CSRF-Token': token },
        body: chunk,
      });
    } catch (dropped) {
      if (++failures > 120) throw dropped;
      onResume();
      await sleep(Math.min(5000, 250 * failures));
      try {
        offset = await headOffset(url, token);
      } catch (stillDown) {
        // still offline: try again after the next pause
      }
      continue;
    }
    if (response.status === 204) {
      offset = Number(response.headers.get('Upload-Offset'));
      failures = 0;
      onProgress(offset, bytes.length);
    } else if ((response.status === 409 || response.status === 460) && ++failures <= 10) {
      offset = await headOffset(url, token); // replayed or corrupted on the way: resume where the server stands
    } else {
      throw new Error(await response.text());
    }
  }
  return url;
}
