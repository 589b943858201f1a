// Atende: overrides Camunda's default tasklist configuration (served before the copy inside the webjar).
// Portuguese (Brazil) first, English still available; see docs/webapps.md.
export default {
  locales: {
    availableLocales: ["pt-BR", "en"],
    fallbackLocale: "pt-BR"
  },
  // Brazilian dates; the time is shown in the browser's time zone (Brasília for the support centre)
  dateFormat: {
    monthName: "MMMM",
    day: "DD",
    abbr: "DD/MM/YYYY HH:mm",
    normal: "DD/MM/YYYY HH:mm",
    long: "dddd, DD/MM/YYYY [às] HH:mm",
    short: "DD/MM/YYYY"
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
