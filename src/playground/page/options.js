// Settings read by @derockdev/discord-components-core when it loads. Its default avatars are images on
// Discord's CDN; the playground loads nothing from outside its own server, so every shortcut points here.
const local = '/page/avatar-user.svg';
window.$discordMessage = {
  avatars: { default: local, blue: local, gray: local, green: local, orange: local, red: local, pink: local },
  defaultTheme: 'dark',
};
