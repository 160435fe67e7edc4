// The message box, as Discord's: "/" lists the commands this user may use (as registered with the
// stand-in), choosing one shows its options, autocomplete options show the bot's suggestions as you type,
// "/ask <question>" + Enter asks at once, and anything else is posted as a message ("@Verbatim" mentions).
import { get, post } from './api.js';
import { el } from './render.js';

/** Pause after a keystroke before asking the bot for suggestions, in ms. */
const AUTOCOMPLETE_DEBOUNCE_MS = 200;

export function createComposer({ state, showError }) {
  const $ = (id) => document.getElementById(id);
  const box = $('box');
  let commands = [];
  let chosen = null;
  let highlighted = 0;
  let timer;
  /** What the menu shows now, so a render that would show the same leaves its items in place. */
  let shownMenu = '';

  const optionInput = (name) => $('options').querySelector(`[data-option="${name}"]`);

  function hideSuggestions() {
    $('suggestions').hidden = true;
    $('suggestions').replaceChildren();
  }

  function menuMatches() {
    const prefix = box.value.slice(1).toLowerCase();
    return commands.filter((c) => c.name.startsWith(prefix));
  }

  function renderMenu() {
    const open = chosen === null && box.value.startsWith('/') && !/\s/.test(box.value);
    const matches = open ? menuMatches() : [];
    $('menu').hidden = matches.length === 0;
    highlighted = Math.min(highlighted, Math.max(0, matches.length - 1));
    // Re-rendering the same items would replace them under the pointer (a click in flight would miss).
    const key = JSON.stringify([highlighted, matches.map((c) => [c.name, c.description])]);
    if (key === shownMenu) return;
    shownMenu = key;
    $('menu').replaceChildren(
      ...matches.map((command, i) => {
        const item = el(
          'li',
          { class: i === highlighted ? 'highlighted' : '', 'data-command': command.name },
          [
            el('strong', {}, [`/${command.name}`]),
            el('span', { class: 'hint' }, [` ${command.description}`]),
          ],
        );
        item.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(command);
        });
        return item;
      }),
    );
  }

  async function suggest(command, option, input) {
    try {
      const choices = await post('autocomplete', {
        user: state.user,
        name: command.name,
        options: values(),
        focused: option.name,
      });
      if (document.activeElement !== input) return;
      $('suggestions').replaceChildren(
        ...choices.map((choice) => {
          const item = el('li', { 'data-value': choice.value }, [choice.name]);
          item.addEventListener('mousedown', (e) => {
            e.preventDefault();
            input.value = choice.value;
            hideSuggestions();
          });
          return item;
        }),
      );
      $('suggestions').hidden = choices.length === 0;
    } catch (e) {
      showError(e.message);
    }
  }

  function renderOptions() {
    const options = chosen?.options ?? [];
    $('options').hidden = chosen === null || options.length === 0;
    $('options').replaceChildren(
      ...options.map((option) => {
        const input =
          option.type === 5
            ? el('select', { 'data-option': option.name }, [
                el('option', { value: '' }, ['—']),
                el('option', { value: 'true' }, ['True']),
                el('option', { value: 'false' }, ['False']),
              ])
            : el('input', {
                'data-option': option.name,
                placeholder: option.description,
                title: option.description,
              });
        if (option.autocomplete) {
          input.addEventListener('input', () => {
            clearTimeout(timer);
            timer = setTimeout(() => void suggest(chosen, option, input), AUTOCOMPLETE_DEBOUNCE_MS);
          });
          input.addEventListener('focus', () => void suggest(chosen, option, input));
          input.addEventListener('blur', hideSuggestions);
        }
        input.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void submit();
          }
        });
        return el('label', { class: option.required ? 'option required' : 'option' }, [
          el('span', {}, [option.name]),
          input,
        ]);
      }),
    );
  }

  function choose(command) {
    chosen = command;
    box.value = `/${command.name} `;
    renderMenu();
    renderOptions();
    const first = command.options?.[0];
    (first ? optionInput(first.name) : box).focus();
  }

  function values() {
    const out = {};
    for (const input of $('options').querySelectorAll('[data-option]'))
      if (input.value !== '') out[input.dataset.option] = input.value;
    return out;
  }

  function reset() {
    box.value = '';
    chosen = null;
    renderMenu();
    renderOptions();
    hideSuggestions();
  }

  /**
   * Puts back what was sent when the bot could not take it; false when the box is in use again (the user typed
   * something, or sent something else) or the user was switched, so that the caller shows the text instead.
   */
  function restore(sent) {
    if (box.value !== '' || chosen !== null || sent.user !== state.user) return false;
    if (sent.command) {
      choose(sent.command);
      for (const [name, value] of Object.entries(sent.options)) {
        const input = optionInput(name);
        if (input) input.value = value;
      }
    }
    box.value = sent.boxValue;
    return true;
  }

  /** What sending `text` asks of the page's server, as [path, body]; throws for a command there is not. */
  function requestFor(text) {
    if (!text.startsWith('/')) return ['message', { user: state.user, content: text }];
    const [word = '', ...restWords] = text.slice(1).split(/\s+/);
    const command = commands.find((c) => c.name === word.toLowerCase());
    if (!command) throw new Error(`Unknown command /${word}: type / to see the commands you can use`);
    const options = chosen === command ? values() : {};
    const rest = restWords.join(' ');
    // "/ask How many…": the words after the name fill the first text option left empty.
    const first = command.options?.find((o) => o.type === 3);
    if (rest !== '' && first && !options[first.name]) options[first.name] = rest;
    return ['command', { user: state.user, name: command.name, options }];
  }

  async function submit() {
    const text = box.value.trim();
    if (text === '') return;
    showError('');
    const sent = { boxValue: box.value, command: chosen, options: values(), user: state.user };
    let request;
    try {
      request = requestFor(text);
    } catch (e) {
      showError(e.message);
      return;
    }
    // Cleared at once, as Discord does: the reply can show before the request returns, and clearing only
    // then would wipe whatever the user had started typing next.
    reset();
    box.focus();
    try {
      await post(...request);
    } catch (e) {
      showError(restore(sent) ? e.message : `${e.message} (not sent: ${sent.boxValue.trim()})`);
    }
  }

  box.addEventListener('input', () => {
    if (chosen && !box.value.startsWith(`/${chosen.name}`)) {
      chosen = null;
      renderOptions();
    }
    renderMenu();
  });
  box.addEventListener('keydown', (e) => {
    const matches = $('menu').hidden ? [] : menuMatches();
    if (matches.length > 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      highlighted = (highlighted + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      renderMenu();
    } else if (matches.length > 0 && (e.key === 'Enter' || e.key === 'Tab')) {
      e.preventDefault();
      const command = matches[highlighted] ?? matches[0];
      // "/status" + Enter runs a command that needs nothing more, as Discord does; otherwise show its options.
      const complete = box.value === `/${command.name}` && !(command.options ?? []).some((o) => o.required);
      if (e.key === 'Enter' && complete) void submit();
      else choose(command);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      reset();
    }
  });
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });

  return {
    /** Reads the commands the current user may use, as the stand-in has them registered. */
    async loadCommands() {
      commands = await get(`commands?user=${encodeURIComponent(state.user)}`);
      if (chosen && !commands.some((c) => c.name === chosen.name)) reset();
      renderMenu();
    },
  };
}
