// Documents as links: every download is a plain link to GET /api/documents/{id} (the session cookie goes
// with it; the server checks who may read it and records the download).
import { apiUrl } from './api.js';
import { el, words } from './ui.js';

export const KIND_NAMES = {
  GOVERNOR_PACK: 'Governor pack',
  SEF_SECTION: 'SEF section',
  PARENT_PRINTOUT: 'Parent printout',
  PARENT_PRINT_FILE: 'Parent print file',
  STAFF_DATA_FORM: 'Staff data (form)',
  STAFF_DATA_YEAR: 'Staff data (year group)',
  LETTER: 'Letter',
};

export function kindName(kind) {
  return KIND_NAMES[kind] || words(kind);
}

export function size(bytes) {
  if (bytes === undefined || bytes === null) return '';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A download link whose text says what the document is (WCAG 2.4.4: the purpose of each link). */
export function downloadLink(id, text, fileName) {
  return el('a', { href: apiUrl(`documents/${id}`), download: fileName || '', class: 'download', 'data-document': id }, text);
}
