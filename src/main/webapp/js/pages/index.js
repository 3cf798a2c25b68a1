// The start page: sends each person to the first page their role has.
import { getJson } from '../api.js';
import { homeOf } from '../layout.js';
import { showProblem } from '../ui.js';

getJson('session').then((session) => {
  const home = homeOf(session);
  if (home === 'index.html') {
    document.getElementById('content').textContent = 'Your user has no role in Rollcall yet. Ask your Rollcall administrator.';
  } else {
    location.replace(home);
  }
}, (e) => { if (e.status !== 401) showProblem(e); });
