// The login form: POST /api/session with the user name and password; then to the page asked for, or home.
import { getJson, postJson } from '../api.js';
import { homeOf } from '../layout.js';
import { showProblem, withButton } from '../ui.js';

const form = document.getElementById('login-form');
const next = new URLSearchParams(location.search).get('next');

function safeNext(session) {
  // only a page of Rollcall itself, never another site
  return next && /^[a-z-]+\.html(\?[^]*)?$/.test(next) ? next : homeOf(session);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    showProblem({ message: 'Enter your user name and your password.' }, 'Enter your user name and password');
    (username ? form.password : form.username).focus();
    return;
  }
  await withButton(document.getElementById('log-in'), async () => {
    try {
      const session = await postJson('session', { username, password }, { stayOnPage: true });
      location.assign(safeNext(session));
    } catch (e) {
      form.password.value = '';
      throw e;
    }
  });
});

// already logged in (for example a second tab): straight on
getJson('session', { stayOnPage: true }).then((session) => location.assign(safeNext(session)), () => {});
