// The submission form with a script: everything is encrypted here, in the browser, to the
// organisation's keys before it is sent; files go up in resumable chunks; the receipt is made
// here and never sent. Without this script the same form posts to the server (docs/intake.md).
import * as openpgp from '/static/vendor/openpgp/openpgp.min.mjs';
import { newReceipt, derive, grouped, proofOfWork, sha256, hex, base64 } from './receipt.js';
import { upload } from './tus.js';
import { FIELDS, write, pad } from './testimony.js';

const form = document.getElementById('intake-form');
const texts = document.getElementById('intake-texts').dataset;
const status = document.getElementById('intake-status');
const say = (t) => { status.textContent = t; };

document.getElementById('intake-files-note').hidden = true; // the form-size limit binds only without a script

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = document.getElementById('intake-submit');
  button.disabled = true;
  try {
    say(texts.working);
    const config = await (await fetch('/api/intake/config', { cache: 'no-store' })).json();
    const organisation = await openpgp.readKeys({ armoredKeys: config.keys });
    const token = form.elements.csrf.value;
    const receipt = newReceipt();
    const { lookup, passphrase } = await derive(receipt, config);
    const { privateKey, publicKey } = await openpgp.generateKey({
      type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name: 'Yadman submitter' }], passphrase, format: 'binary',
    });

    const files = [];
    const uploads = [];
    let n = 0;
    for (const file of form.elements.files.files) {
      say(texts.encrypting);
      const bytes = new Uint8Array(await file.arrayBuffer());
      files.push({ number: ++n, name: file.name, type: file.type || 'application/octet-stream', size: bytes.length, sha256: hex(sha256(bytes)) });
      const message = await openpgp.createMessage({ binary: pad(bytes), filename: file.name, format: 'binary' });
      const encrypted = await openpgp.encrypt({ message, encryptionKeys: organisation, format: 'binary' });
      say(texts.uploading);
      uploads.push(await upload(encrypted, {
        token, chunkBytes: config.chunkBytes,
        onProgress: (done, all) => say(`${texts.uploading} ${Math.floor((100 * done) / all)}%`),
        onResume: () => { say(texts.resuming); document.body.dataset.resumed = String(Number(document.body.dataset.resumed || 0) + 1); },
      }));
    }
    say(texts.encrypting);
    const fields = {};
    for (const f of FIELDS) fields[f] = form.elements[f].value;
    const kind = form.elements.kind.value === 'complaint' ? 'complaint' : 'testimony';
    const plaintext = write(kind, fields, files, form.elements.testimony.value);
    const message = await openpgp.encrypt({ message: await openpgp.createMessage({ text: plaintext, format: 'utf8' }),
      encryptionKeys: organisation, format: 'binary' });
    const response = await fetch('/api/intake/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify({ lookup, publicKey: base64(publicKey), secretKey: base64(privateKey), message: base64(message),
        uploads, pow: await proofOfWork() }),
    });
    const filed = await response.json();
    if (response.status !== 201) throw new Error(filed.error);
    form.reset();
    showReceipt(receipt, filed);
  } catch (e) {
    say(`${texts.failed} ${e.message}`);
    button.disabled = false;
  }
});

function showReceipt(receipt, filed) {
  const section = document.createElement('section');
  const h = document.createElement('h2');
  h.textContent = texts.receiptTitle;
  const number = document.createElement('p');
  number.className = 'receipt';
  number.id = 'receipt';
  number.dir = 'ltr';
  number.textContent = grouped(receipt);
  const explain = document.createElement('p');
  explain.textContent = texts.receiptText;
  const proof = document.createElement('a');
  proof.href = filed.proof;
  proof.textContent = texts.proof;
  const back = document.createElement('a');
  back.href = texts.returnHref;
  back.textContent = texts.return;
  section.append(h, number, explain, Object.assign(document.createElement('p'), { className: 'muted' }), proof, document.createElement('br'), back);
  form.replaceWith(section);
}
