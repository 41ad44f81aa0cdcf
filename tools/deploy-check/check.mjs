// Offline checks of deploy/: every Kubernetes object of the kustomization validated against the Kubernetes API
// schemas (kubernetes-models), the rules the manifests must keep (probes, resources, non-root, an HPA for
// screening, only the intended network flows, Secrets and ConfigMaps either defined or documented), and the
// compose file's shape. Run by tools/deploy-check.sh (`make deploy-check`, part of `make test`).
//
//   node check.mjs <project root> [rendered.yaml]
//
// rendered.yaml is `kubectl kustomize deploy/k8s` when kubectl is installed; without it, this file renders the
// kustomization itself (the subset deploy/k8s uses: resources, namespace, images).
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";

const root = process.argv[2] ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const renderedFile = process.argv[3];
const k8sDir = path.join(root, "deploy/k8s");

let passed = 0;
const failures = [];
function check(name, ok, detail = "") {
  if (ok) {
    passed++;
  } else {
    failures.push(`${name}${detail ? ": " + detail : ""}`);
    console.log(`  FAIL ${name}${detail ? ": " + detail : ""}`);
  }
}

// ---- render ---------------------------------------------------------------------------------------------------
const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass"]);

function renderKustomization(dir) {
  const k = YAML.parse(fs.readFileSync(path.join(dir, "kustomization.yaml"), "utf8"));
  const objects = [];
  for (const r of k.resources ?? []) {
    for (const doc of YAML.parseAllDocuments(fs.readFileSync(path.join(dir, r), "utf8"))) {
      const o = doc.toJS();
      if (o) objects.push(o);
    }
  }
  for (const o of objects) {
    if (k.namespace && !CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
    for (const c of containersOf(o)) {
      const [name, tag] = splitImage(c.image);
      const rule = (k.images ?? []).find((i) => i.name === name);
      if (rule) c.image = `${rule.newName ?? name}:${rule.newTag ?? tag}`;
    }
  }
  return objects;
}

function splitImage(image) {
  const at = image.lastIndexOf(":");
  return at > image.lastIndexOf("/") ? [image.slice(0, at), image.slice(at + 1)] : [image, "latest"];
}

function podSpecOf(o) {
  if (["Deployment", "StatefulSet", "Job", "DaemonSet", "ReplicaSet"].includes(o.kind)) return o.spec?.template?.spec;
  if (o.kind === "Pod") return o.spec;
  return undefined;
}

function podLabelsOf(o) {
  return o.kind === "Pod" ? o.metadata?.labels ?? {} : o.spec?.template?.metadata?.labels ?? {};
}

function containersOf(o) {
  const spec = podSpecOf(o);
  return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
}

const objects = renderedFile
  ? YAML.parseAllDocuments(fs.readFileSync(renderedFile, "utf8")).map((d) => d.toJS()).filter(Boolean)
  : renderKustomization(k8sDir);
console.log(`[deploy-check] ${objects.length} Kubernetes objects (${renderedFile ? "kubectl kustomize" : "built-in render"})`);

// ---- 1. schemas -------------------------------------------------------------------------------------------------
async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const mod = await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
  return mod[kind];
}

for (const o of objects) {
  const id = `${o.kind}/${o.metadata?.name}`;
  let Model;
  try {
    Model = await modelFor(o.apiVersion, o.kind);
  } catch (e) {
    Model = undefined;
  }
  if (!Model) {
    check(`schema ${id}`, false, `no Kubernetes model for ${o.apiVersion} ${o.kind}`);
    continue;
  }
  try {
    new Model(o).validate();
    check(`schema ${id}`, true);
  } catch (e) {
    check(`schema ${id}`, false, String(e.message ?? e).slice(0, 400));
  }
}

// ---- 2. workloads ---------------------------------------------------------------------------------------------
const byKind = (kind) => objects.filter((o) => o.kind === kind);
const workloads = objects.filter((o) => podSpecOf(o));
const SERVICES = { screening: 8081, "trade-registration": 8082, reporting: 8083 };

for (const o of objects) {
  if (!CLUSTER_SCOPED.has(o.kind)) {
    check(`namespace of ${o.kind}/${o.metadata.name}`, o.metadata.namespace === "tollgate", `${o.metadata.namespace}`);
  }
}

for (const w of workloads) {
  const id = `${w.kind}/${w.metadata.name}`;
  const spec = podSpecOf(w);
  const longRunning = w.kind !== "Job";
  check(`${id} runs as non-root`, spec.securityContext?.runAsNonRoot === true
      || spec.containers.every((c) => c.securityContext?.runAsNonRoot === true));
  for (const c of spec.containers) {
    const cid = `${id} container ${c.name}`;
    const r = c.resources ?? {};
    check(`${cid} has CPU and memory requests and limits`,
        r.requests?.cpu && r.requests?.memory && r.limits?.cpu && r.limits?.memory, JSON.stringify(r));
    check(`${cid} cannot escalate privileges`, c.securityContext?.allowPrivilegeEscalation === false);
    check(`${cid} image is pinned`, !c.image.endsWith(":latest") && c.image.includes(":"), c.image);
    if (longRunning) {
      check(`${cid} has liveness, readiness and startup probes`,
          c.livenessProbe && c.readinessProbe && c.startupProbe);
    }
  }
}

for (const [name, port] of Object.entries(SERVICES)) {
  const d = byKind("Deployment").find((o) => o.metadata.name === name);
  check(`Deployment/${name} exists`, !!d);
  if (!d) continue;
  const c = d.spec.template.spec.containers.find((x) => x.name === name);
  check(`${name}: liveness probe on /q/health/live`, c?.livenessProbe?.httpGet?.path === "/q/health/live");
  check(`${name}: readiness probe on /q/health/ready`, c?.readinessProbe?.httpGet?.path === "/q/health/ready");
  check(`${name}: startup probe on /q/health/started`, c?.startupProbe?.httpGet?.path === "/q/health/started");
  check(`${name}: listens on ${port}`, c?.ports?.some((p) => p.containerPort === port));
  check(`${name}: image tollgate/${name}`, splitImage(c?.image ?? "")[0].endsWith(`tollgate/${name}`), c?.image);
  check(`${name}: read-only root file system`, c?.securityContext?.readOnlyRootFilesystem === true);
  const envFrom = (c?.envFrom ?? []).map((e) => e.configMapRef?.name ?? e.secretRef?.name);
  check(`${name}: settings from tollgate-config and its own database Secret`,
      envFrom.includes("tollgate-config") && envFrom.includes(`tollgate-db-${name}`), envFrom.join(","));
  const svc = byKind("Service").find((s) => s.metadata.name === name);
  check(`Service/${name} exists`, !!svc);
}

const mysql = byKind("StatefulSet").find((s) => s.metadata.name === "mysql");
check("MySQL StatefulSet with a persistent volume claim", mysql?.spec?.volumeClaimTemplates?.length > 0);
check("MySQL image is MySQL 8", /(^|\/)mysql:8/.test(mysql?.spec?.template?.spec?.containers?.[0]?.image ?? ""));

const hpa = byKind("HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === "screening");
check("an HPA scales the screening Deployment", hpa && hpa.spec.scaleTargetRef.kind === "Deployment"
    && hpa.spec.maxReplicas > (hpa.spec.minReplicas ?? 1));

function matches(selector, labels) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === "In" && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

for (const s of byKind("Service")) {
  check(`Service/${s.metadata.name} selects a workload`,
      workloads.some((w) => matches({ matchLabels: s.spec.selector }, podLabelsOf(w))));
}

// ---- 3. network policies --------------------------------------------------------------------------------------
const policies = byKind("NetworkPolicy");
const defaultDeny = policies.find((p) => Object.keys(p.spec.podSelector ?? {}).length === 0
    && (p.spec.policyTypes ?? []).includes("Ingress") && (p.spec.policyTypes ?? []).includes("Egress")
    && !(p.spec.ingress ?? []).length && !(p.spec.egress ?? []).length);
check("a default-deny NetworkPolicy (ingress and egress) covers the namespace", !!defaultDeny);

const pods = Object.fromEntries(workloads.map((w) => [w.metadata.name, podLabelsOf(w)]));
// a label set for "a pod in the ingress controller's namespace" and for "the cluster DNS"
const EDGE = { ns: { "tollgate.dev/ingress": "allowed" }, pod: { "app.kubernetes.io/name": "ingress-nginx" } };

function peerMatches(peer, target) { // target: {labels, ns: labels|null (null = this namespace)}
  if (peer.ipBlock) return false; // in-cluster pods are in the excepted private ranges
  if (peer.namespaceSelector) {
    if (target.ns === null) {
      // this namespace: `namespaceSelector: {}` matches every namespace, others only if this one carries the labels
      if (Object.keys(peer.namespaceSelector).length && !matches(peer.namespaceSelector, { "kubernetes.io/metadata.name": "tollgate" })) return false;
    } else if (!matches(peer.namespaceSelector, target.ns) && Object.keys(peer.namespaceSelector).length) return false;
    return peer.podSelector ? matches(peer.podSelector, target.labels) : true;
  }
  return target.ns === null && matches(peer.podSelector, target.labels);
}

function portMatches(rulePorts, port) {
  return !rulePorts || rulePorts.length === 0 || rulePorts.some((p) => p.port === port);
}

function allowed(direction, podLabels, peer, port) { // direction: "ingress" | "egress"
  const type = direction === "ingress" ? "Ingress" : "Egress";
  const applying = policies.filter((p) => (p.spec.policyTypes ?? ["Ingress"]).includes(type)
      && matches(p.spec.podSelector ?? {}, podLabels));
  if (applying.length === 0) return true; // not isolated
  return applying.some((p) => (p.spec[direction] ?? []).some((rule) => {
    const peers = rule[direction === "ingress" ? "from" : "to"];
    return portMatches(rule.ports, port) && (!peers || peers.some((x) => peerMatches(x, peer)));
  }));
}

function flow(from, to, port) { // names of workloads, or "edge"
  const src = from === "edge" ? { labels: EDGE.pod, ns: EDGE.ns } : { labels: pods[from], ns: null };
  const dst = { labels: pods[to], ns: null };
  const egressOk = from === "edge" ? true : allowed("egress", pods[from], dst, port);
  return egressOk && allowed("ingress", pods[to], src, port);
}

const PORTS = { ...SERVICES, mysql: 3306 };
const expected = new Set([
  "trade-registration->screening", "screening->mysql", "trade-registration->mysql", "reporting->mysql",
  "tollgate-reporting-grants->mysql"]);
const names = Object.keys(pods);
for (const from of names) {
  for (const to of names) {
    if (from === to || !(to in PORTS)) continue;
    const key = `${from}->${to}`;
    const ok = flow(from, to, PORTS[to]);
    check(`network: ${key}:${PORTS[to]} ${expected.has(key) ? "allowed" : "denied"}`, ok === expected.has(key),
        ok ? "allowed but not intended" : "intended but denied");
  }
}
for (const [name, port] of Object.entries(SERVICES)) {
  check(`network: ingress controller -> ${name}:${port} allowed`, flow("edge", name, port));
}
check("network: ingress controller -> mysql:3306 denied", !flow("edge", "mysql", 3306));

// ---- 4. Secrets and ConfigMaps: defined here, or created by the operator and documented -------------------------
const EXTERNAL = {
  Secret: ["tollgate-mysql", "tollgate-db-screening", "tollgate-db-trade-registration", "tollgate-db-reporting",
    "tollgate-trade-service"],
  ConfigMap: ["tollgate-jwt"],
};
const readme = fs.existsSync(path.join(k8sDir, "README.md")) ? fs.readFileSync(path.join(k8sDir, "README.md"), "utf8") : "";
const refs = { Secret: new Set(), ConfigMap: new Set() };
for (const w of workloads) {
  const spec = podSpecOf(w);
  for (const v of spec.volumes ?? []) {
    if (v.secret) refs.Secret.add(v.secret.secretName);
    if (v.configMap) refs.ConfigMap.add(v.configMap.name);
  }
  for (const c of containersOf(w)) {
    for (const e of c.envFrom ?? []) {
      if (e.secretRef) refs.Secret.add(e.secretRef.name);
      if (e.configMapRef) refs.ConfigMap.add(e.configMapRef.name);
    }
    for (const e of c.env ?? []) {
      if (e.valueFrom?.secretKeyRef) refs.Secret.add(e.valueFrom.secretKeyRef.name);
      if (e.valueFrom?.configMapKeyRef) refs.ConfigMap.add(e.valueFrom.configMapKeyRef.name);
    }
  }
}
for (const kind of ["Secret", "ConfigMap"]) {
  for (const name of refs[kind]) {
    const defined = objects.some((o) => o.kind === kind && o.metadata.name === name);
    const external = EXTERNAL[kind].includes(name);
    check(`${kind} ${name} is defined or documented as created by the operator`,
        defined || (external && readme.includes(name)), defined ? "" : "not defined, not in deploy/k8s/README.md");
  }
}
check("no Secret values in the manifests", byKind("Secret").length === 0, "create Secrets out of band");

// ---- 5. compose -------------------------------------------------------------------------------------------------
const compose = YAML.parse(fs.readFileSync(path.join(root, "deploy/compose.yaml"), "utf8"), { merge: true });
const cs = compose.services ?? {};
check("compose: mysql, the three services and the grants step",
    ["mysql", "screening", "trade-registration", "reporting", "grants"].every((s) => cs[s]));
check("compose: MySQL 8", /^mysql:8/.test(cs.mysql?.image ?? ""), cs.mysql?.image);
check("compose: MySQL data in a named volume",
    (cs.mysql?.volumes ?? []).some((v) => /^[a-z][\w-]*:\/var\/lib\/mysql/.test(v) && compose.volumes?.[v.split(":")[0]] !== undefined));
const initMount = (cs.mysql?.volumes ?? []).find((v) => v.includes("/docker-entrypoint-initdb.d"));
check("compose: MySQL init scripts mounted from deploy/mysql/init",
    initMount && fs.readdirSync(path.join(root, "deploy", initMount.split(":")[0])).some((f) => f.endsWith(".sh")));
check("compose: MySQL health check", !!cs.mysql?.healthcheck?.test);
for (const [name, port] of Object.entries(SERVICES)) {
  const s = cs[name] ?? {};
  const test = JSON.stringify(s.healthcheck?.test ?? "");
  check(`compose ${name}: native image tollgate/${name}`, (s.image ?? "").startsWith(`tollgate/${name}:`), s.image);
  check(`compose ${name}: health check on /q/health/ready:${port}`, test.includes("/q/health/ready") && test.includes(String(port)));
  check(`compose ${name}: starts once MySQL is healthy`, s.depends_on?.mysql?.condition === "service_healthy");
  check(`compose ${name}: database from the environment`, s.environment?.TOLLGATE_DB_HOST === "mysql"
      && /^\$\{/.test(String(s.environment?.TOLLGATE_DB_PASSWORD ?? "")));
}
check("compose: grants waits for screening and trade-registration to be healthy",
    cs.grants?.depends_on?.screening?.condition === "service_healthy"
    && cs.grants?.depends_on?.["trade-registration"]?.condition === "service_healthy");
check("compose: reporting starts after the grants completed",
    cs.reporting?.depends_on?.grants?.condition === "service_completed_successfully");
const literalSecrets = [];
for (const [name, s] of Object.entries(cs)) {
  for (const [k, v] of Object.entries(s.environment ?? {})) {
    if (/PASSWORD|TOKEN|PWD/.test(k) && v !== "" && !/^\$\{/.test(String(v))) literalSecrets.push(`${name}.${k}`);
  }
}
check("compose: no password or token written into the file", literalSecrets.length === 0, literalSecrets.join(", "));

// ---- result ----------------------------------------------------------------------------------------------------
console.log(`deploy-check: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
