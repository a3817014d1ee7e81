// Parse a GIFT file with the strict gift-pegjs grammar; print {"count": N, "types": [...], "titles", "weights"} as JSON.
"use strict";
const fs = require("fs");
const { parse } = require("gift-pegjs");

const text = fs.readFileSync(process.argv[2], "utf8");
let items;
try {
  items = parse(text);
} catch (err) {
  const where = err.location ? ` at line ${err.location.start.line}` : "";
  process.stderr.write(`gift-pegjs: ${err.message}${where}\n`);
  process.exit(1);
}
const questions = items.filter((item) => item.type !== "Category" && item.type !== "Description");
process.stdout.write(JSON.stringify({
  count: questions.length,
  types: questions.map((q) => q.type),
  titles: questions.map((q) => q.title),
  weights: questions.map((q) => (Array.isArray(q.choices) ? q.choices.map((c) => c.weight) : [])),
}) + "\n");
