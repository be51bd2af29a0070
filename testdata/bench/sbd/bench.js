// Times the sbd npm package's sentence splitting over every turn of a
// directory of calls, as lastmile read them: the JavaScript baseline for
// lastmile's end-to-end speed (README, "Speed"). Run by compare.sh:
//
//	lastmile turns --format json DIR | node bench.js RUNS
//
// It prints one line a run, "sbd N ns/op", N being the time to split every
// turn once, and the median last.
const sbd = require("sbd");
const readline = require("readline");

const runs = Number(process.argv[2] || 5);
const texts = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!line.trim()) return;
  const doc = JSON.parse(line);
  for (const turn of doc.turns || []) texts.push(turn.text);
});
rl.on("close", () => {
  if (texts.length === 0) {
    console.error("bench.js: no turns on stdin");
    process.exit(1);
  }
  let sentences = 0;
  for (const t of texts) sentences += sbd.sentences(t).length; // warm up the JIT
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    for (const t of texts) sbd.sentences(t);
    const ns = Number(process.hrtime.bigint() - start);
    times.push(ns);
    console.log(`sbd ${ns} ns/op`);
  }
  times.sort((a, b) => a - b);
  console.log(`sbd median ${times[Math.floor(times.length / 2)]} ns/op (${texts.length} turns, ${sentences} sentences)`);
});
