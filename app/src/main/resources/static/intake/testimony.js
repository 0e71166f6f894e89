// The plaintext of a submission, written exactly as org.yadman.intake.Testimony writes it, so that
// investigators read the same text whichever way it came (docs/intake.md).
export const FIELDS = ['victim-name', 'father-name', 'dates', 'places', 'relationship', 'request'];
export const PAD_TO = 64 * 1024;

const oneLine = (v) => v.replace(/[\r\n\t]+/g, ' ').trim();

export function write(kind, fields, files, text) {
  let s = `yadman-testimony/v1\nkind: ${oneLine(kind)}\n`;
  for (const f of FIELDS) if (fields[f] && fields[f].trim()) s += `${f}: ${oneLine(fields[f])}\n`;
  for (const f of files) {
    s += `file: ${f.number} ${oneLine(f.name).replace(/ /g, '_')} ${oneLine(f.type).replace(/ /g, '_')} ${f.size} ${f.sha256}\n`;
  }
  return `${s}\n${text}`;
}

/** The file followed by zero bytes up to a multiple of PAD_TO (at least one), so sizes say little. */
export function pad(bytes) {
  const size = Math.max(PAD_TO, Math.ceil(bytes.length / PAD_TO) * PAD_TO);
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}
