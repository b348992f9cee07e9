// The drop-zone page: seedance-preflight/browser on dropped files, shown as the HTML report.
// It imports the built bundle by a relative path, so it works from any static host that serves the
// package folder (e.g. `npx http-server node_modules/seedance-preflight`, then open /examples/browser/).
import { checkFiles, checkRequest, mergeReports, profileIds } from '../../dist/web/seedance-preflight.js';

const $ = (s) => document.querySelector(s);
const model = $('#model');
for (const id of profileIds()) model.append(new Option(id, id));

const drop = $('#drop');
for (const t of ['dragenter', 'dragover']) drop.addEventListener(t, (e) => (e.preventDefault(), drop.classList.add('over')));
for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => (e.preventDefault(), check([...e.dataTransfer.files])));
$('#files').addEventListener('change', (e) => check([...e.target.files]));

async function check(files) {
  if (!files.length) return;
  const status = $('#status');
  status.textContent = `Checking ${files.length} file${files.length === 1 ? '' : 's'}…`;
  const t0 = performance.now();
  let bytesRead = 0;
  const options = { model: model.value || undefined, onFile: (e) => (bytesRead += e.bytesRead) };
  const manifests = files.filter((f) => /\.json$/i.test(f.name));
  const media = files.filter((f) => !manifests.includes(f));
  const reports = [];
  const named = new Set();
  for (const m of manifests) {
    let body;
    try {
      body = JSON.parse(await m.text());
    } catch (err) {
      status.textContent = `${m.name} is not JSON: ${err.message}`;
      return;
    }
    const r = await checkRequest(body, media, { ...options, source: m.name });
    for (const a of r.requests[0]?.assets ?? []) named.add(a.source);
    reports.push(r);
  }
  const loose = media.filter((f) => !named.has(f.name));
  if (loose.length || !reports.length) reports.push(await checkFiles(loose, options));
  const report = mergeReports(reports);
  const ms = performance.now() - t0;
  const total = files.reduce((n, f) => n + f.size, 0);
  const s = report.summary;
  status.textContent = `${report.ok ? 'Ready to send' : 'Not ready'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} — ${files.length} files checked in ${Math.round(ms)} ms, ${(bytesRead / 1024).toFixed(0)} KiB read of ${(total / 1048576).toFixed(1)} MiB`;
  // the HTML report's own page builder, loaded only now
  const { reportHtml } = await import('../../dist/web/report.js');
  $('#report').srcdoc = reportHtml(report, await previews(media, report));
  window.lastReport = report;
  status.dataset.ok = String(report.ok);
}

/** Small previews of the images whose facts say they are safe to decode (no decompression bombs). */
async function previews(files, report) {
  const thumbs = new Map();
  for (const a of report.assets) {
    const f = files.find((x) => x.name === a.source);
    if (!f || a.kind !== 'image' || !a.facts.width || a.facts.width * a.facts.height > 40e6 || a.facts.failure) continue;
    try {
      const scale = Math.min(1, 240 / Math.max(a.facts.width, a.facts.height));
      const bmp = await createImageBitmap(f, { resizeWidth: Math.max(1, Math.round(a.facts.width * scale)), resizeQuality: 'medium' });
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [bmp.width, bmp.height];
      canvas.getContext('2d').drawImage(bmp, 0, 0);
      thumbs.set(a.source, { preview: { src: canvas.toDataURL('image/jpeg', 0.8), width: bmp.width, height: bmp.height } });
    } catch {
      // the browser cannot decode it: the card shows no preview
    }
  }
  return thumbs;
}
