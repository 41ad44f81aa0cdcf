"""What the native build of each service must carry; run by tools/native-check.sh after `make native-sources`.

For each service it reads target/native-sources/native-image.args and the GraalVM configuration Quarkus writes into
the runner jar (META-INF/native-image/resource-config.json and reflect-config.json) and checks:
  - the args build the runner jar with Quarkus' features (and Caffeine's, for the verified-token cache);
  - every file of the service's own data folders (name, rule, reference and holiday tables, changelogs, templates)
    matches a resource pattern, and so do ICU4J's data files the matcher reads (screening);
  - every class named in the service's config/NativeReflection, and the Caffeine classes the verified-token cache
    instantiates, are registered for reflection.
It prints one line per check and exits 1 if any failed.
"""
import json
import re
import sys
import zipfile
from pathlib import Path

# per service: the resource folders under src/main/resources whose every file is read at run time, and extra
# class-path resources (from dependencies) that must be included
NEEDS = {
    "screening": {
        "folders": ["reference", "matching", "db"],
        "dependency_resources": [
            "com/ibm/icu/ICUConfig.properties",
            "com/ibm/icu/impl/data/icudata/translit/root.res",
            "com/ibm/icu/impl/data/icudata/brkitr/root.res",
            "com/ibm/icu/impl/data/icudata/uprops.icu",
            "com/ibm/icu/impl/data/icudata/nfkc.nrm",
        ],
    },
    "trade-registration": {"folders": ["rules", "db"], "dependency_resources": []},
    "reporting": {"folders": ["db", "calendar", "templates"], "dependency_resources": []},
}
# the verified-token cache (libs/platform): a size-bounded cache with per-entry expiry and its entry type
CAFFEINE = ["com.github.benmanes.caffeine.cache.SSMSA", "com.github.benmanes.caffeine.cache.PSAMS"]
FEATURES = ["io.quarkus.runner.Feature", "io.quarkus.caffeine.runtime.graal.CacheConstructorsFeature"]


def graal_regex(pattern):
    """A GraalVM resource pattern (Java regex, with \\Q...\\E quoting) as a Python regex."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("\\Q", i):
            end = pattern.find("\\E", i + 2)
            end = len(pattern) if end < 0 else end
            out.append(re.escape(pattern[i + 2:end]))
            i = end + 2
        else:
            out.append(pattern[i])
            i += 1
    return re.compile("".join(out))


def reflection_targets(source):
    """The classes a config/NativeReflection.java registers: its `targets` (X.class) and `classNames` strings."""
    text = source.read_text(encoding="utf-8")
    package = re.search(r"^package\s+([\w.]+);", text, re.M).group(1)
    imports = {m.group(1).split(".")[-1]: m.group(1) for m in re.finditer(r"^import\s+([\w.]+);", text, re.M)}
    annotation = text[text.index("@RegisterForReflection"):text.index("public class")]
    names = []
    for m in re.finditer(r"([A-Z][\w]*(?:\.[A-Z][\w]*)*)\.class", annotation):
        parts = m.group(1).split(".")
        outer = imports.get(parts[0], package + "." + parts[0])
        names.append(outer + "".join("$" + p for p in parts[1:]))
    names += re.findall(r'"([\w.$]+)"', annotation[annotation.find("classNames"):] if "classNames" in annotation else "")
    return names


def check(service):
    failures = []
    base = Path("services") / service
    sources = base / "target" / "native-sources"
    args_file = sources / "native-image.args"
    if not args_file.exists():
        return [f"{service}: {args_file} is missing: run `make native-sources` first"]
    args = args_file.read_text(encoding="utf-8").split()
    runner = next((a for a in args if a.endswith("-runner.jar")), None)
    if runner is None or not (sources / runner).exists():
        return [f"{service}: native-image.args names no runner jar that exists ({runner})"]
    features = ",".join(a.split("=", 1)[1] for a in args if a.startswith("--features="))
    for feature in FEATURES:
        ok = feature in features
        print(f"{'ok ' if ok else 'MISSING'} {service}: feature {feature}")
        if not ok:
            failures.append(f"{service}: the native-image step lacks the feature {feature}")
    with zipfile.ZipFile(sources / runner) as jar:
        resources = json.loads(jar.read("META-INF/native-image/resource-config.json"))
        reflection = json.loads(jar.read("META-INF/native-image/reflect-config.json"))
    patterns = [graal_regex(i["pattern"]) for i in resources["resources"]["includes"]]
    registered = {e["name"] for e in reflection if "name" in e}

    needs = NEEDS[service]
    wanted = []
    for folder in needs["folders"]:
        files = sorted(p for p in (base / "src/main/resources" / folder).rglob("*") if p.is_file())
        if not files:
            failures.append(f"{service}: src/main/resources/{folder} has no files (the check's list is stale)")
        wanted += [str(p.relative_to(base / "src/main/resources")) for p in files]
    wanted += needs["dependency_resources"]
    missing = [w for w in wanted if not any(p.fullmatch(w) for p in patterns)]
    print(f"{'ok ' if not missing else 'MISSING'} {service}: {len(wanted) - len(missing)} of {len(wanted)} run-time "
          f"resources included ({', '.join(needs['folders'] + (['ICU4J data'] if needs['dependency_resources'] else []))})")
    failures += [f"{service}: resource {m} is not in the native image (quarkus.native.resources.includes)"
                 for m in missing]

    classes = reflection_targets(next((base / "src/main/java").rglob("config/NativeReflection.java"))) + CAFFEINE
    unregistered = [c for c in classes if c not in registered]
    print(f"{'ok ' if not unregistered else 'MISSING'} {service}: {len(classes) - len(unregistered)} of "
          f"{len(classes)} reflection registrations (config/NativeReflection, Caffeine)")
    failures += [f"{service}: {c} is not registered for reflection" for c in unregistered]
    return failures


def main(services):
    failures = []
    for service in services:
        if service not in NEEDS:
            sys.exit(f"unknown service {service}; known: {', '.join(NEEDS)}")
        failures += check(service)
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    if failures:
        sys.exit(1)
    print("native sources: every checked resource and registration is there")


if __name__ == "__main__":
    main(sys.argv[1:])
