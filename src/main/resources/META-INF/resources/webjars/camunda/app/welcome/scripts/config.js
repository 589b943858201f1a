// Atende: overrides Camunda's default welcome configuration (served before the copy inside the webjar).
// Portuguese (Brazil) first, English still available; see docs/webapps.md.
export default {
  locales: {
    availableLocales: ["pt-BR", "en"],
    fallbackLocale: "pt-BR"
  },
  disableWelcomeMessage: true
};
