// The playground page: a Discord channel view fed by the server's event stream, a user switcher, the
// restart control, the inspector and the articles panel. The message box lives in composer.js.
import { get, post } from './api.js';
import { createComposer } from './composer.js';
import { el, renderMessage } from './render.js';

const state = { user: '', users: [], messages: new Map() };
const $ = (id) => document.getElementById(id);
const messagesEl = $('messages');

function showError(text) {
  $('error').textContent = text;
  $('error').hidden = text === '';
}

const composer = createComposer({ state, showError });

function visible(message) {
  return message.ephemeralFor === null || message.ephemeralFor === state.user;
}

/** Adds or replaces a message; ephemeral ones only for the user they are for. */
function upsert(message) {
  state.messages.set(message.id, message);
  const old = messagesEl.querySelector(`discord-message[data-id="${message.id}"]`);
  const node = renderMessage(message, (id, customId) =>
    post('button', { user: state.user, messageId: id, customId }).catch((e) => showError(e.message)),
  );
  node.hidden = !visible(message);
  if (old) old.replaceWith(node);
  else messagesEl.append(node);
}

// The components render after they are added: keep the newest message in view as the channel grows.
new ResizeObserver(() => {
  const scroller = $('scroller');
  scroller.scrollTop = scroller.scrollHeight;
}).observe(messagesEl);

function refilter() {
  for (const node of messagesEl.querySelectorAll('discord-message')) {
    const message = state.messages.get(node.dataset.id);
    if (message) node.hidden = !visible(message);
  }
}

const json = (value) => JSON.stringify(value, null, 2);

function addInspectorEntry(entry) {
  const summary =
    entry.kind === 'rest' ? `${entry.method} ${entry.path} → ${entry.status}` : `gateway ${entry.t}`;
  const parts = [el('summary', {}, [summary])];
  if (entry.kind === 'rest') {
    if (entry.rejection)
      parts.push(
        el('p', { class: 'rejection' }, [
          "Refused against Discord's OpenAPI spec (the user would see nothing):",
        ]),
        el('pre', { class: 'rejection' }, [json(entry.rejection)]),
      );
    parts.push(el('p', {}, ['Request body']), el('pre', {}, [json(entry.request)]));
    parts.push(el('p', {}, ['Response']), el('pre', {}, [json(entry.response)]));
  } else {
    parts.push(el('pre', {}, [json(entry.payload)]));
  }
  const item = el('li', { class: entry.rejection ? 'rejected' : entry.status >= 400 ? 'failed' : '' }, [
    el('details', {}, parts),
  ]);
  $('inspector').prepend(item);
  while ($('inspector').children.length > 300) $('inspector').lastChild.remove();
}

function showCorpus(view) {
  if (!view) return;
  const status = view.status;
  const figures = status
    ? Object.entries(status.details)
        .filter(([, v]) => typeof v !== 'object')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : '';
  $('corpus-status').replaceChildren(
    el('p', {}, [
      `Folder ${view.dir}: ${view.articles.length} articles${view.skipped.length ? `, ${view.skipped.length} skipped` : ''}`,
    ]),
    el('p', { class: 'hint' }, [
      status
        ? `${status.message} (${figures}) at ${new Date(status.at).toLocaleTimeString()}`
        : 'Index: loading…',
    ]),
  );
  $('corpus').replaceChildren(
    ...view.articles.map((a) =>
      el('li', {}, [
        el('code', {}, [a.id]),
        ` ${a.title}`,
        a.date ? el('span', { class: 'hint' }, [` ${a.date}`]) : '',
      ]),
    ),
    ...view.skipped.map((s) => el('li', { class: 'failed' }, [`skipped ${s.path}: ${s.reason}`])),
  );
}

function showBotState(bot) {
  $('bot-state').textContent = `bot ${bot}`;
  $('bot-state').dataset.state = bot;
}

async function switchUser(id) {
  state.user = id;
  refilter();
  await composer.loadCommands();
}

$('user').addEventListener('change', (e) => void switchUser(e.target.value));
$('restart').addEventListener('click', () => {
  showBotState('restarting');
  post('restart', {}).catch((e) => showError(e.message));
});

const events = new EventSource(`/api/events${location.search}`);
events.addEventListener('snapshot', (e) => {
  const snapshot = JSON.parse(e.data);
  state.users = snapshot.users;
  $('user').replaceChildren(...snapshot.users.map((u) => el('option', { value: u.id }, [u.name])));
  messagesEl.replaceChildren();
  state.messages.clear();
  for (const message of snapshot.messages) upsert(message);
  $('inspector').replaceChildren();
  for (const entry of snapshot.inspector) addInspectorEntry(entry);
  showCorpus(snapshot.corpus);
  showBotState(snapshot.bot);
  void switchUser(state.user || snapshot.users[0].id);
});
events.addEventListener('message', (e) => upsert(JSON.parse(e.data)));
events.addEventListener('inspector', (e) => addInspectorEntry(JSON.parse(e.data)));
events.addEventListener('corpus', (e) => showCorpus(JSON.parse(e.data)));
events.addEventListener('bot', (e) => showBotState(JSON.parse(e.data)));
events.addEventListener('commands', () => void composer.loadCommands());

export { get };
