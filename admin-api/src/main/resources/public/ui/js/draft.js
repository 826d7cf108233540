// The script being edited (kept while the officer moves between the editor and the simulator).
const KEY = 'kuuleva.draft';

export const draft = load();

function load() {
  try {
    return JSON.parse(window.sessionStorage.getItem(KEY)) || {script: '', format: 'YAML', versionId: null};
  } catch (error) {
    return {script: '', format: 'YAML', versionId: null};
  }
}

/** Remembers the draft for this browser tab. */
export function saveDraft() {
  window.sessionStorage.setItem(KEY, JSON.stringify(draft));
}
