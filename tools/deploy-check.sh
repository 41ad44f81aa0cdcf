#!/usr/bin/env bash
# `make deploy-check` (also the last step of `make test`): validates deploy/ offline, no cluster and no engine needed.
#  - the generated manifests in deploy/k8s match what the build generated (tools/k8s-manifests.sh --check)
#  - the kustomization renders (`kubectl kustomize`; without kubectl, tools/deploy-check renders the subset it uses)
#  - every object validates against the Kubernetes API schemas (npm kubernetes-models), and the rules hold: probes,
#    requests and limits, non-root, an HPA for screening, only the intended network flows, every Secret and
#    ConfigMap defined or documented; the compose file's shape (health checks, start order, named volume, no secrets)
#  - the shell scripts parse
# npm packages are installed into tools/deploy-check/node_modules from its package-lock.json on first use.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DIR=tools/deploy-check

command -v node > /dev/null || { echo "[deploy-check] Node.js is needed (apt-get install -y nodejs npm)"; exit 1; }
if [ ! -d "$DIR/node_modules/kubernetes-models" ] || [ "$DIR/package-lock.json" -nt "$DIR/node_modules/.package-lock.json" ]; then
  echo "[deploy-check] installing its npm packages (once)"
  (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
fi

tools/k8s-manifests.sh --check

for f in deploy/mysql/init/*.sh deploy/mysql/*.sh tools/container/*.sh tools/k8s-manifests.sh; do
  bash -n "$f" || { echo "[deploy-check] $f does not parse"; exit 1; }
done

rendered=""
if command -v kubectl > /dev/null; then
  rendered="$(mktemp)"
  trap 'rm -f "$rendered"' EXIT
  kubectl kustomize deploy/k8s > "$rendered"
fi
node "$DIR/check.mjs" "$ROOT" $rendered
