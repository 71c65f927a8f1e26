// A snippet with the matched words marked, built from the plain text and the API's ranges (UTF-16 offsets, as
// JavaScript strings count), never from HTML.
import { el } from '../../shared/dom.js';

/** A text with <mark> around each range; overlapping or out-of-range parts are left unmarked rather than doubled. */
export function highlighted(text, highlights, attributes = {}) {
  const parts = [];
  let at = 0;
  for (const { start, length } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || length <= 0 || start + length > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(el('mark', {}, text.slice(start, start + length)));
    at = start + length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return el('span', attributes, parts);
}
