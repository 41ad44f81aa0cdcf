// Reports breaking changes between two versions of an OpenAPI document (make api-check):
//   node breaking.mjs <old.yaml> <new.yaml>
// Breaking: an operation removed; a response field removed; an enum value removed (anywhere); a request field, a
// parameter or a request body newly required. Exit 1 when any is found and docs/api/BREAKING.md does not announce it
// (a line naming the operationId or the schema), 0 otherwise. Deliberately small: it compares component schemas by
// name and operations by method + path, which is how the documents are written (SmallRye names schemas after the Java
// records).
import fs from 'node:fs';
import yaml from 'js-yaml';

const [oldFile, newFile, notesFile] = process.argv.slice(2);
const before = yaml.load(fs.readFileSync(oldFile, 'utf8'));
const after = yaml.load(fs.readFileSync(newFile, 'utf8'));
const notes = notesFile && fs.existsSync(notesFile) ? fs.readFileSync(notesFile, 'utf8') : '';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const found = [];

function operations(doc) {
  const ops = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const m of METHODS) {
      if (item[m]) ops.set(`${m.toUpperCase()} ${path}`, item[m]);
    }
  }
  return ops;
}

function ref(schema) {
  return schema?.$ref ? schema.$ref.split('/').pop() : null;
}

// schema names reachable from request bodies (request shapes), so a newly required field is judged only there
function requestSchemas(doc) {
  const seen = new Set();
  const walk = (s) => {
    if (!s || typeof s !== 'object') return;
    const r = ref(s);
    if (r && !seen.has(r)) {
      seen.add(r);
      walk(doc.components?.schemas?.[r]);
    }
    for (const v of Object.values(s.properties ?? {})) walk(v);
    walk(s.items);
    if (typeof s.additionalProperties === 'object') walk(s.additionalProperties);
    for (const k of ['allOf', 'anyOf', 'oneOf']) (s[k] ?? []).forEach(walk);
  };
  for (const op of operations(doc).values()) {
    for (const mt of Object.values(op.requestBody?.content ?? {})) walk(mt.schema);
  }
  return seen;
}

function enums(s) {
  const e = new Set(s?.enum ?? []);
  for (const k of ['allOf', 'anyOf', 'oneOf']) (s?.[k] ?? []).forEach((x) => (x.enum ?? []).forEach((v) => e.add(v)));
  return e;
}

const oldOps = operations(before);
const newOps = operations(after);
for (const [key, op] of oldOps) {
  const id = op.operationId ?? key;
  const now = newOps.get(key);
  if (!now) {
    found.push([id, `operation ${key} (${id}) removed`]);
    continue;
  }
  const oldParams = new Map((op.parameters ?? []).map((p) => [`${p.in}:${p.name}`, p]));
  for (const p of now.parameters ?? []) {
    const was = oldParams.get(`${p.in}:${p.name}`);
    if (p.required && !was?.required) found.push([id, `${id}: parameter ${p.name} (${p.in}) is now required`]);
    for (const v of enums(was?.schema)) {
      if (!enums(p.schema).has(v)) found.push([id, `${id}: parameter ${p.name} no longer accepts ${v}`]);
    }
  }
  if (now.requestBody?.required && op.requestBody && !op.requestBody.required) {
    found.push([id, `${id}: the request body is now required`]);
  }
  for (const code of Object.keys(op.responses ?? {})) {
    if (code.startsWith('2') && !(now.responses ?? {})[code]) found.push([id, `${id}: response ${code} removed`]);
  }
}

const oldSchemas = before.components?.schemas ?? {};
const newSchemas = after.components?.schemas ?? {};
const requests = requestSchemas(after);
for (const [name, s] of Object.entries(oldSchemas)) {
  const now = newSchemas[name];
  if (!now) {
    // a schema no longer named is only breaking through what referenced it: an operation or a field, reported there
    continue;
  }
  for (const field of Object.keys(s.properties ?? {})) {
    if (!(now.properties ?? {})[field]) found.push([name, `schema ${name}: field ${field} removed`]);
  }
  for (const v of enums(s)) {
    if (!enums(now).has(v)) found.push([name, `schema ${name}: enum value ${v} removed`]);
  }
  for (const [field, p] of Object.entries(s.properties ?? {})) {
    const np = (now.properties ?? {})[field];
    for (const v of enums(p)) {
      if (np && !enums(np).has(v)) found.push([name, `schema ${name}: ${field} no longer allows ${v}`]);
    }
  }
  if (requests.has(name)) {
    const was = new Set(s.required ?? []);
    for (const field of now.required ?? []) {
      if (!was.has(field)) found.push([name, `schema ${name} (a request shape): field ${field} is now required`]);
    }
  }
}

const unannounced = found.filter(([subject]) => !notes.includes(subject));
for (const [, text] of found) {
  console.log(`${unannounced.some(([, t]) => t === text) ? 'BREAKING' : 'announced'}: ${text}`);
}
if (found.length === 0) console.log('no breaking change');
process.exit(unannounced.length > 0 ? 1 : 0);
