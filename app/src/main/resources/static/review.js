// Review queue keys: a accept, r reject, s skip, u undo the latest decision. Plain keys only
// (no Ctrl/Alt/Meta), and never while typing in a field. Each key clicks the form button marked
// with data-key, so the page works the same without this script (buttons and accesskeys).
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const button = document.querySelector(`button[data-key="${CSS.escape(event.key.toLowerCase())}"]`);
  if (!button || button.disabled) return;
  event.preventDefault();
  button.click();
});
