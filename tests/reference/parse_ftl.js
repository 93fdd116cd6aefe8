// Parses each .ftl file named on the command line with the reference parser (@fluent/syntax)
// and prints one JSON line per file: {"path", "entries", "junk": [...]}. Exits 1 on any Junk.
"use strict";
const fs = require("fs");
const path = require("path");
const { FluentParser } = require(path.join(__dirname, "fluent-syntax", "index.js"));

let failed = false;
for (const file of process.argv.slice(2)) {
  const resource = new FluentParser({ withSpans: true }).parse(fs.readFileSync(file, "utf8"));
  const entries = resource.body.filter((e) => e.type === "Message" || e.type === "Term");
  const junk = resource.body
    .filter((e) => e.type === "Junk")
    .map((e) => ({
      annotations: e.annotations.map((a) => `${a.code}: ${a.message}`),
      content: e.content.slice(0, 120),
    }));
  failed = failed || junk.length > 0;
  console.log(JSON.stringify({ path: file, entries: entries.length, junk }));
}
process.exit(failed ? 1 : 0);
