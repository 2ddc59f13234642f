/** A clock the test moves by hand: every event records the moment the test chose. */
export function controlledClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => now,
    set(instant: string) {
      now = new Date(instant);
    },
  };
}
