// A governor's page: their school's governor packs and SEF sections (the server lists only what a governor
// may read, and no pupil is named in either).

import { getJson, query } from '../api.js';
import { ROLES, startPage } from '../layout.js';
import { append, el } from '../ui.js';
import { renderArchive } from '../archive-list.js';

const KINDS = ['GOVERNOR_PACK', 'SEF_SECTION'];

startPage({ title: 'Governor packs', roles: [ROLES.GOVERNOR, ROLES.ADMIN], school: true }, async ({ urn, school, params, content }) => {
  const documents = (await getJson(`documents${query({ urn })}`)).filter((d) => KINDS.includes(d.kind));
  renderArchive(content, documents, params, 'governor');
  content.prepend(el('p', { class: 'lead' }, `The termly governor packs and SEF attendance sections of ${school.name}.`));
  if (documents.length === 0) append(content, el('p', {}, 'No pack has been made yet: the attendance lead starts one from Rollcall each term.'));
});
