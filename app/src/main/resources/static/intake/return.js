// The return page with a script: the receipt is turned into the lookup secret and the key
// passphrase here; only the lookup secret is sent. Replies are decrypted here with the
// submitter's key, which the server keeps locked by that passphrase (docs/intake.md).
import * as openpgp from '/static/vendor/openpgp/openpgp.min.mjs';
import { parseReceipt, derive, proofOfWork, base64, fromBase64 } from './receipt.js';
import { write } from './testimony.js';

const form = document.getElementById('return-form');
const texts = document.getElementById('intake-texts').dataset;
const status = document.getElementById('intake-status');
const list = document.getElementById('conversation');
const say = (t) => { status.textContent = t; };

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const digits = parseReceipt(form.elements.receipt.value);
  say(texts.working);
  const config = await (await fetch('/api/intake/config', { cache: 'no-store' })).json();
  // A malformed receipt is derived and sent like any other, so it is answered like any other.
  const { lookup, passphrase } = await derive(digits || '0000000000000000', config);
  const token = form.elements.csrf.value;
  const response = await fetch('/api/intake/conversation', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: JSON.stringify({ lookup }),
  });
  if (response.status !== 200 || !digits) {
    say(texts.wrong);
    return;
  }
  const conversation = await response.json();
  const key = await openpgp.decryptKey({ privateKey: await openpgp.readPrivateKey({ binaryKey: fromBase64(conversation.secretKey) }), passphrase });
  list.replaceChildren();
  for (const m of conversation.messages) {
    const item = document.createElement('article');
    item.className = m.author === 'investigator' ? 'reply' : 'own';
    const head = document.createElement('p');
    head.className = 'muted';
    head.textContent = `${m.author === 'investigator' ? texts.them : texts.you} · ${m.createdAt.slice(0, 16).replace('T', ' ')}`;
    const body = document.createElement('div');
    body.className = 'message';
    body.dir = 'auto';
    if (m.message) {
      const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ binaryMessage: fromBase64(m.message) }), decryptionKeys: key });
      body.textContent = data;
    } else {
      body.textContent = m.sha256;
    }
    const proof = Object.assign(document.createElement('a'), { href: `/api/intake/proof/${m.id}`, textContent: texts.proof });
    item.append(head, body, proof);
    list.append(item);
  }
  form.hidden = true;
  say('');
  list.append(additionForm(config, lookup, token));
});

function additionForm(config, lookup, token) {
  const box = document.createElement('form');
  const area = Object.assign(document.createElement('textarea'), { id: 'addition', rows: 6, dir: 'auto' });
  const send = Object.assign(document.createElement('button'), { type: 'submit', id: 'addition-send', textContent: '＋' });
  box.append(area, document.createElement('br'), send);
  box.addEventListener('submit', async (event) => {
    event.preventDefault();
    const organisation = await openpgp.readKeys({ armoredKeys: config.keys });
    const message = await openpgp.encrypt({ message: await openpgp.createMessage({ text: write('addition', {}, [], area.value), format: 'utf8' }),
      encryptionKeys: organisation, format: 'binary' });
    const r = await fetch('/api/intake/additions', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify({ lookup, message: base64(message), uploads: [], pow: await proofOfWork() }),
    });
    if (r.status === 201) {
      area.value = '';
      say('✓');
    } else {
      say((await r.json()).error);
    }
  });
  return box;
}
