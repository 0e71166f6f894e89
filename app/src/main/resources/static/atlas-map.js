// Pan and zoom for the map that the server drew: progressive enhancement only. Without this
// script the map is complete (every marker is a link; the table under it has every number).
// Button labels come from the page (data-* attributes), so they are in the page's language.
for (const svg of document.querySelectorAll('svg.map-svg')) {
  const W = svg.viewBox.baseVal.width, H = svg.viewBox.baseVal.height;
  const markers = svg.querySelectorAll('a.marker');
  let view = { x: 0, y: 0, w: W };
  const apply = () => {
    view.w = Math.min(W, Math.max(W / 8, view.w));
    const h = view.w * H / W;
    view.x = Math.min(W - view.w, Math.max(0, view.x));
    view.y = Math.min(H - h, Math.max(0, view.y));
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${h}`);
    const z = W / view.w;
    svg.style.setProperty('--zoom', z); // country names keep their size (see yadman.css)
    for (const m of markers) { // markers and their labels keep the size the server drew them at
      m.setAttribute('transform', `translate(${m.dataset.x} ${m.dataset.y}) scale(${1 / z}) translate(${-m.dataset.x} ${-m.dataset.y})`);
    }
  };
  const zoom = (factor, cx, cy) => {
    view = { x: cx - (cx - view.x) * factor, y: cy - (cy - view.y) * factor, w: view.w * factor };
    apply();
  };
  const mapPoint = (e) => {
    const r = svg.getBoundingClientRect();
    return [view.x + (e.clientX - r.left) / r.width * view.w, view.y + (e.clientY - r.top) / r.height * view.w * H / W];
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [x, y] = mapPoint(e);
    zoom(e.deltaY < 0 ? 0.8 : 1.25, x, y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.target.closest('a')) return; // a marker is a link, not a handle
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const scale = view.w / svg.getBoundingClientRect().width;
    view.x = drag.vx - (e.clientX - drag.x) * scale;
    view.y = drag.vy - (e.clientY - drag.y) * scale;
    apply();
  });
  svg.addEventListener('pointerup', () => { drag = null; });
  const controls = document.createElement('div');
  controls.className = 'map-controls';
  for (const [name, factor] of [['zoomIn', 0.5], ['zoomOut', 2], ['zoomReset', 0]]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = name;
    button.textContent = svg.dataset[name];
    button.addEventListener('click', () => {
      if (factor === 0) view = { x: 0, y: 0, w: W };
      else { const h = view.w * H / W; zoom(factor, view.x + view.w / 2, view.y + h / 2); return; }
      apply();
    });
    controls.append(button);
  }
  svg.before(controls);
}
