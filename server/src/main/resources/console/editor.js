// A JSON editor: a textarea with line numbers that checks its text, and marks the lines of
// diagnostics given as JSON pointers (as the validator reports them).
import { h } from './dom.js';

export function jsonEditor(label, text, rows = 18) {
  const area = h('textarea', {
    class: 'code', rows, spellcheck: 'false', 'aria-label': label,
    'aria-describedby': '',
  });
  area.value = text;
  const gutter = h('pre', { class: 'gutter', 'aria-hidden': 'true' });
  const problems = h('ul', { class: 'diagnostics', 'aria-live': 'polite' });
  const marked = new Set();
  const renumber = () => {
    const count = area.value.split('\n').length;
    gutter.replaceChildren(...Array.from({ length: count }, (_, i) =>
      h('span', { class: marked.has(i + 1) ? 'marked' : '' }, String(i + 1) + '\n')));
  };
  area.addEventListener('input', () => {
    marked.clear();
    renumber();
  });
  area.addEventListener('scroll', () => { gutter.scrollTop = area.scrollTop; });
  renumber();
  const element = h('div', { class: 'editor' }, h('div', { class: 'editor-body' }, gutter, area),
    problems);
  return {
    element,
    area,
    value: () => area.value,
    /** Parses the text; shows and returns the syntax error, if any. */
    parse() {
      try {
        return { value: JSON.parse(area.value) };
      } catch (error) {
        this.show([{ message: 'Not valid JSON: ' + error.message, line: lineOfError(area.value, error) }]);
        return { error };
      }
    },
    /** Shows problems, each {message, location (JSON pointer) or line}. */
    show(diagnostics) {
      marked.clear();
      problems.replaceChildren(...diagnostics.map((d) => {
        const line = d.line || lineOfPointer(area.value, d.location);
        if (line) marked.add(line);
        return h('li', { class: 'diagnostic', role: 'alert' },
          line ? h('button', { class: 'link', type: 'button', onClick: () => goToLine(area, line) },
            'Line ' + line) : null,
          d.location ? h('code', {}, d.location) : null, ' ', d.message);
      }));
      renumber();
    },
  };
}

function goToLine(area, line) {
  const lines = area.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + lines[line - 1].length);
}

function lineOfError(text, error) {
  const position = /position (\d+)/.exec(error.message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : null;
}

/** The line where the value at a JSON pointer starts, found by a small scan of the text. */
export function lineOfPointer(text, pointer) {
  if (pointer === undefined || pointer === null) return null;
  const wanted = pointer === '' || pointer === '/' ? [] : pointer.split('/').slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let i = 0;
  const skip = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  const string = () => {
    let end = i + 1;
    while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
    const value = JSON.parse(text.slice(i, end + 1));
    i = end + 1;
    return value;
  };
  const skipValue = () => {
    skip();
    const c = text[i];
    if (c === '"') { string(); return; }
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text[i];
        if (d === '"') { string(); continue; }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) { i++; return; }
        }
        i++;
      }
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i])) i++;
  };
  try {
    for (const segment of wanted) {
      skip();
      if (text[i] === '{') {
        i++;
        for (;;) {
          skip();
          if (text[i] !== '"') return null;
          const key = string();
          skip();
          i++; // the colon
          if (key === segment) break;
          skipValue();
          skip();
          if (text[i] !== ',') return null;
          i++;
        }
      } else if (text[i] === '[') {
        i++;
        for (let index = 0; index < Number(segment); index++) {
          skipValue();
          skip();
          if (text[i] !== ',') return null;
          i++;
        }
      } else return null;
    }
    skip();
    return text.slice(0, i).split('\n').length;
  } catch {
    return null;
  }
}
