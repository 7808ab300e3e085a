// Years of generated check-ins, stored exactly as Harbour stores them, for the benchmarks.

const DAY_MS = 24 * 60 * 60 * 1000;

// The same "random" history on every run and every machine, so figures compare.
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FEELINGS = ["Sad", "Anxious", "Calm", "Angry", "Happy"];
const NOTES = [
  "Bad night, woke at 4.",
  "Walked to the park and sat for a bit. It helped.",
  "Argument with my sister on the phone.",
  "Work was a lot today.",
  "Used the breathing card on the bus.",
  "Felt better after talking to someone.",
  "Couldn't settle. Tried the cold water thing.",
  "Good day. Saw a friend.",
];

/**
 * `perDay` check-ins a day for `years` years, ending at `now`, one a day rating two urges, stored
 * as Harbour stores them:
 * `harbour.checkins.YYYY-MM` (UTC month) holding that month's check-ins, oldest first.
 * Returns [key, JSON] pairs, newest month first.
 */
export function generatedCheckins(now, years, perDay) {
  const random = seeded(2026);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const count = Math.round(years * 365.25) * perDay;
  const newest = Math.floor(now / 60_000) * 60_000;
  const months = new Map();
  for (let i = 0; i < count; i++) {
    // Every eight hours back from now, a little earlier or later each time, to the minute.
    const jitter = i === 0 ? 0 : Math.floor(random() * 90) * 60_000;
    const at = new Date(newest - (i * DAY_MS) / perDay - jitter).toISOString().replace(".000Z", "Z");
    const first = pick(FEELINGS);
    const feelings = [{ feeling: first, strength: Math.floor(random() * 11) }];
    if (random() < 0.3) {
      const second = pick(FEELINGS.filter((f) => f !== first));
      feelings.push({ feeling: second, strength: Math.floor(random() * 11) });
    }
    // Ids shaped like the crypto.randomUUID() ones the app makes, and unique.
    const checkin = { id: `5e1f0c2a-0000-4000-8000-${i.toString(16).padStart(12, "0")}`, at, feelings };
    if (random() < 0.25) checkin.note = pick(NOTES);
    if (random() < 0.05) checkin.for_next_session = true;
    // A diary card once a day: two urges rated, and sometimes whether the client acted.
    if (i % perDay === 0) {
      checkin.urges = ["u1", "u2"].map((id) => {
        const urge = { id, level: Math.floor(random() * 6) };
        if (random() < 0.5) urge.acted = random() < 0.2;
        return urge;
      });
    }
    const key = `harbour.checkins.${at.slice(0, 7)}`;
    if (!months.has(key)) months.set(key, []);
    months.get(key).push(checkin);
  }
  return [...months].map(([key, checkins]) => [key, JSON.stringify(checkins.reverse())]);
}
