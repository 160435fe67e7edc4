// Renders the bot's messages with @derockdev/discord-components-core's elements. Message text arrives as
// the syntax tree of discord-markdown-parser (parsed on the server by Discord's rules), so escaped
// characters stay literal and nothing is ever inserted as HTML: every node becomes an element or a text node.

const BOT_AVATAR = '/page/avatar-bot.svg';
const USER_AVATAR = '/page/avatar-user.svg';
/** Discord's button styles (1 primary, 2 secondary, 3 success, 4 danger) as the library names them. */
const BUTTON_TYPES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'destructive' };

function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

const SAFE_LINK = /^https?:\/\//i;

/** One Markdown node (and its children) as DOM nodes. */
function renderNode(node) {
  const inner = () => renderTree(Array.isArray(node.content) ? node.content : [node.content ?? '']);
  switch (node.type) {
    case 'text':
      return [document.createTextNode(node.content)];
    case 'strong':
      return [el('discord-bold', {}, inner())];
    case 'em':
      return [el('discord-italic', {}, inner())];
    case 'underline':
      return [el('discord-underlined', {}, inner())];
    case 'strikethrough':
      return [el('s', {}, inner())];
    case 'spoiler':
      return [el('discord-spoiler', {}, inner())];
    case 'inlineCode':
      return [el('discord-inline-code', {}, [node.content])];
    case 'codeBlock':
      return [el('pre', { class: 'code-block' }, [el('code', {}, [node.content])])];
    case 'blockQuote':
      return [el('discord-quote', {}, inner())];
    case 'br':
    case 'newline':
      return [el('br')];
    case 'heading':
      return [el(`h${Math.min(3, node.level ?? 1)}`, { class: 'md-heading' }, inner())];
    case 'subtext':
      return [el('small', { class: 'md-subtext' }, inner())];
    case 'link':
    case 'url':
    case 'autolink': {
      const target = String(node.target ?? '');
      if (!SAFE_LINK.test(target)) return inner();
      return [el('a', { href: target, target: '_blank', rel: 'noreferrer noopener' }, inner())];
    }
    case 'user':
      return [el('discord-mention', { type: 'user' }, [String(node.id)])];
    default:
      // Emoji, roles, channels, timestamps: shown as their text.
      return typeof node.content === 'string' ? [document.createTextNode(node.content)] : inner();
  }
}

/** A whole Markdown syntax tree as DOM nodes. */
export function renderTree(tree) {
  const out = [];
  for (const node of tree) {
    if (typeof node === 'string') out.push(document.createTextNode(node));
    else out.push(...renderNode(node));
  }
  return out;
}

function renderEmbed(embed) {
  const children = [];
  if (embed.description.length > 0)
    children.push(el('discord-embed-description', { slot: 'description' }, renderTree(embed.description)));
  if (embed.fields.length > 0) {
    const fields = embed.fields.map((field) =>
      el('discord-embed-field', { 'field-title': field.name, inline: field.inline }, renderTree(field.value)),
    );
    children.push(el('discord-embed-fields', { slot: 'fields' }, fields));
  }
  if (embed.footer) children.push(el('discord-embed-footer', { slot: 'footer' }, [embed.footer]));
  return el(
    'discord-embed',
    { slot: 'embeds', color: embed.color, 'embed-title': embed.title, url: embed.url },
    children,
  );
}

/**
 * One message as a `discord-message` element. `onButton(messageId, customId)` is called when a button is
 * clicked.
 */
export function renderMessage(message, onButton) {
  const node = el('discord-message', {
    author: message.author.name,
    avatar: message.author.bot ? BOT_AVATAR : USER_AVATAR,
    bot: message.author.bot,
    ephemeral: message.ephemeralFor !== null,
    'data-id': message.id,
    'data-for': message.ephemeralFor,
  });
  node.timestamp = new Date(message.at);
  if (message.interaction) {
    node.append(
      el('discord-command', {
        slot: 'reply',
        author: message.interaction.user,
        avatar: USER_AVATAR,
        command: `/${message.interaction.name}`,
      }),
    );
  } else if (message.replyTo) {
    node.append(
      el('discord-reply', { slot: 'reply', author: message.replyTo.author, avatar: USER_AVATAR }, [
        message.replyTo.excerpt,
      ]),
    );
  }
  if (message.thinking) node.append(el('span', { class: 'thinking' }, ['Verbatim is thinking…']));
  else node.append(...renderTree(message.content));
  for (const embed of message.embeds) node.append(renderEmbed(embed));
  if (message.buttons.length > 0) {
    const rows = message.buttons.map((row) =>
      el(
        'discord-action-row',
        {},
        row.map((button) => {
          const b = el(
            'discord-button',
            {
              type: BUTTON_TYPES[button.style] ?? 'secondary',
              disabled: button.disabled,
              'data-custom-id': button.customId,
            },
            [button.label],
          );
          if (!button.disabled) b.addEventListener('click', () => onButton(message.id, button.customId));
          return b;
        }),
      ),
    );
    node.append(el('discord-attachments', { slot: 'components' }, rows));
  }
  return node;
}

export { el };
