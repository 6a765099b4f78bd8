// A small helper to build DOM nodes; text always goes in as text, never as HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') element.className = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

export function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== undefined && child !== null) element.append(child);
  }
  return element;
}

/** Pretty JSON of a JSON text, or the text itself when it is not JSON. */
export function pretty(text) {
  if (text === undefined || text === null) return '';
  try {
    return JSON.stringify(typeof text === 'string' ? JSON.parse(text) : text, null, 2);
  } catch {
    return String(text);
  }
}

export function formatDate(millis) {
  return millis ? new Date(millis).toLocaleString() : '';
}

/** A duration in ms as people read it: 850 ms, 3.2 s, 4 min 10 s, 2 h 5 min. */
export function formatDuration(millis) {
  if (millis < 1000) return Math.round(millis) + ' ms';
  if (millis < 60000) return (millis / 1000).toFixed(1) + ' s';
  const minutes = Math.floor(millis / 60000);
  if (minutes < 60) return minutes + ' min ' + Math.floor((millis % 60000) / 1000) + ' s';
  return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
}
