// The archive: every document this person may download for the school, filtered by kind, term and form
// (or year group), each a download link.

import { getJson, query } from '../api.js';
import { renderArchive } from '../archive-list.js';
import { startPage, WHOLE_SCHOOL } from '../layout.js';

startPage({ title: 'Archive', roles: WHOLE_SCHOOL, school: true }, async ({ urn, params, content }) => {
  const documents = await getJson(`documents${query({ urn })}`);
  renderArchive(content, documents, params, 'archive');
});
