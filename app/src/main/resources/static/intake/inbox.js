// The investigator's submission page with a script: messages are decrypted here with the
// investigator's own private key, read from a local file and never sent; a reply is encrypted
// here to the submitter's key and the organisation's keys, and only ciphertext is posted.
import * as openpgp from '/static/vendor/openpgp/openpgp.min.mjs';
import { base64 } from './receipt.js';

const panel = document.getElementById('decrypt-panel');
panel.hidden = false;
const status = document.getElementById('decrypt-status');

document.getElementById('decrypt-all').addEventListener('click', async () => {
  try {
    const file = document.getElementById('private-key').files[0];
    const armored = await file.text();
    let key = await openpgp.readPrivateKey({ armoredKey: armored });
    const passphrase = document.getElementById('key-passphrase').value;
    if (!key.isDecrypted()) key = await openpgp.decryptKey({ privateKey: key, passphrase });
    let done = 0;
    for (const item of document.querySelectorAll('li[data-message]')) {
      const armoredMessage = item.querySelector('pre.ciphertext').textContent;
      try {
        const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage }), decryptionKeys: key });
        item.querySelector('.plaintext').textContent = data;
        done++;
      } catch (notForThisKey) {
        item.querySelector('.plaintext').textContent = '—';
      }
    }
    status.textContent = `✓ ${done}`;
  } catch (e) {
    status.textContent = e.message;
  }
});

const reply = document.getElementById('reply-form');
reply.addEventListener('submit', async (event) => {
  const area = document.getElementById('reply');
  if (!area.value.trim() || document.getElementById('reply-ciphertext').value) return;
  event.preventDefault();
  const recipients = await openpgp.readKeys({ armoredKeys: document.getElementById('reply-recipients').textContent });
  const message = await openpgp.encrypt({ message: await openpgp.createMessage({ text: area.value, format: 'utf8' }),
    encryptionKeys: recipients, format: 'binary' });
  document.getElementById('reply-ciphertext').value = base64(message);
  area.value = ''; // only the ciphertext leaves the browser
  reply.submit();
});
