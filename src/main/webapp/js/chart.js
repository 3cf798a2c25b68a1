// The weekly trend as an SVG line chart drawn from the API's weekly figures. The chart is an image with a
// title and a text summary (role="img"), and the page always shows the same figures as a table beside it
// (WCAG 1.1.1); the target line is dashed and labelled in words, so nothing depends on colour.

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * points: [{ label, value }] (value in percent, or null for a week with nothing to count);
 * options: { title, summary, target (percent, optional), id }
 */
export function lineChart(points, { title, summary, target, id = 'chart' }) {
  const width = 640;
  const height = 300;
  const pad = { left: 48, right: 16, top: 16, bottom: 56 };
  const values = points.map((p) => p.value).filter((v) => v !== null && v !== undefined).map(Number);
  const all = target !== undefined && target !== null ? values.concat([Number(target)]) : values;
  const low = Math.max(0, Math.floor((Math.min(...all, 100) - 5) / 5) * 5);
  const high = 100;
  const x = (i) => pad.left + (points.length <= 1 ? (width - pad.left - pad.right) / 2
    : (i * (width - pad.left - pad.right)) / (points.length - 1));
  const y = (v) => pad.top + ((high - v) * (height - pad.top - pad.bottom)) / (high - low || 1);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, focusable: 'false' });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, summary));
  for (let v = low; v <= high; v += 5) {
    root.append(svg('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) }));
    root.append(svg('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, `${v}%`));
  }
  root.append(svg('line', { class: 'axis', x1: pad.left, x2: pad.left, y1: pad.top, y2: height - pad.bottom }));
  root.append(svg('line', { class: 'axis', x1: pad.left, x2: width - pad.right, y1: height - pad.bottom, y2: height - pad.bottom }));
  if (target !== undefined && target !== null) {
    root.append(svg('line', { class: 'target', x1: pad.left, x2: width - pad.right, y1: y(target), y2: y(target) }));
    root.append(svg('text', { x: width - pad.right, y: y(target) - 6, 'text-anchor': 'end' }, `Target ${Number(target).toFixed(0)}%`));
  }
  const drawn = points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null && p.value !== undefined);
  if (drawn.length > 1) {
    root.append(svg('polyline', { class: 'series', points: drawn.map((p) => `${x(p.i)},${y(Number(p.value))}`).join(' ') }));
  }
  drawn.forEach((p) => root.append(svg('circle', { class: 'point', cx: x(p.i), cy: y(Number(p.value)), r: 5 })));
  const every = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (i % every !== 0) return;
    const anchor = points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle';
    root.append(svg('text', { x: x(i), y: height - pad.bottom + 18, 'text-anchor': anchor }, p.label));
  });
  root.append(svg('text', { x: (width + pad.left) / 2, y: height - 10, 'text-anchor': 'middle' }, 'Week beginning'));
  const box = document.createElement('figure');
  box.className = 'chart';
  box.append(root);
  return box;
}
