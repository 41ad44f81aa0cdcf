// Exit 0 when two multi-document YAML files hold the same objects (key order and comments ignored: quarkus-kubernetes
// does not write labels in a stable order), 1 otherwise, naming the first object that differs.
//   node same-yaml.mjs a.yml b.yml
import fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import YAML from "yaml";

const load = (f) => YAML.parseAllDocuments(fs.readFileSync(f, "utf8")).map((d) => d.toJS()).filter(Boolean);
const [a, b] = [load(process.argv[2]), load(process.argv[3])];
const key = (o) => `${o.kind}/${o.metadata?.name}`;
if (a.length !== b.length) {
  console.log(`  ${a.length} objects vs ${b.length}`);
  process.exit(1);
}
for (let i = 0; i < a.length; i++) {
  if (!isDeepStrictEqual(a[i], b[i])) {
    console.log(`  ${key(a[i])} differs`);
    process.exit(1);
  }
}
