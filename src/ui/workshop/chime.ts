/**
 * The agenda's quiet cue: a soft two-note chime made with WebAudio (no sound file, nothing
 * fetched). Silent where audio is unavailable or not yet allowed by the browser.
 */
let context: AudioContext | null = null;

export function playChime(kind: "phase" | "warning"): void {
  const AudioContextClass = globalThis.AudioContext;
  if (typeof AudioContextClass !== "function") return;
  try {
    context ??= new AudioContextClass();
    if (context.state === "suspended") void context.resume();
    const now = context.currentTime;
    // A phase change falls a fifth; a warning is one short, higher note.
    const notes = kind === "phase" ? [659.25, 440] : [880];
    notes.forEach((frequency, i) => {
      const start = now + i * 0.28;
      const oscillator = context!.createOscillator();
      const gain = context!.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.08, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
      oscillator.connect(gain).connect(context!.destination);
      oscillator.start(start);
      oscillator.stop(start + 1);
    });
  } catch {
    // No audio device, or audio refused: the visual cue is enough.
  }
}
