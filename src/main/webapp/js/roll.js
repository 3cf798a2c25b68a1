// The school's roll as a map from UPN to pupil, read page by page (500 at a time, the API's largest page).
// A tutor's roll holds only their forms and year groups: the server filters it.

import { getJson, query } from './api.js';

export async function loadRoll(urn, filter = {}) {
  const pupils = new Map();
  for (let page = 1; ; page += 1) {
    const result = await getJson(`schools/${urn}/pupils${query({ ...filter, page, size: 500 })}`);
    result.items.forEach((p) => pupils.set(p.upn, p));
    if (page * result.size >= result.total || result.items.length === 0) return pupils;
  }
}

export function nameOf(pupil) {
  return pupil ? `${pupil.forename} ${pupil.surname}` : 'a pupil no longer on the roll';
}
