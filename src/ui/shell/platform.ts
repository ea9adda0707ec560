const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** How the command key is written on this platform: "⌘" on a Mac, "Ctrl+" elsewhere. */
export const MOD = isMac ? "⌘" : "Ctrl+";
