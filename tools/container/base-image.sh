#!/usr/bin/env bash
# Builds the local base image for the JVM images (Dockerfile.jvm's BASE_IMAGE) without any image registry:
# a jlink'd Java 17 runtime from this machine's JDK, the shared libraries it links against, dash as /bin/sh,
# bash (for health checks), the CA certificates and a user 185, imported into Podman's store from a tarball.
#
#   tools/container/base-image.sh        # prints the image name; builds it only if that tag is not there yet
#
# The tag is a hash of this script, the JDK's version and the host's libc, so a cached image is reused until one
# of them changes (a rebuild takes ~20 s). Needs: podman (apt), a JDK with jmods (openjdk-17-jdk).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PODMAN="${PODMAN:-podman}"
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
# what Quarkus, Hibernate, the MySQL driver, Liquibase, SmallRye JWT and ICU4J use; java.desktop for java.beans
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http
MODULES=$MODULES,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml
MODULES=$MODULES,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.unsupported
MODULES=$MODULES,jdk.zipfs,jdk.localedata,java.rmi,jdk.net,jdk.security.auth

log() { printf '[base-image] %s\n' "$*" >&2; }

[ -d "$JAVA_HOME/jmods" ] || { log "no jmods under $JAVA_HOME: install openjdk-17-jdk (or set JAVA_HOME)"; exit 1; }
java_version="$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p)"
key="$( { cat "$0"; echo "$java_version"; getconf GNU_LIBC_VERSION; } \
  | sha256sum | cut -c1-12)"
IMAGE="localhost/tollgate/jre17-local:$key"

if "$PODMAN" image exists "$IMAGE"; then
  log "cached: $IMAGE"
  echo "$IMAGE"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tollgate-base.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"/{bin,etc,tmp,deployments,lib64,lib/x86_64-linux-gnu,usr/lib} "$rootfs/etc/ssl/certs"
chmod 1777 "$rootfs/tmp"

log "jlink ($java_version)"
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$rootfs/opt/java"
# the GUI, sound and font natives are never loaded by a headless server; dropping them drops X11 and friends
rm -f "$rootfs"/opt/java/lib/{libawt_xawt,libsplashscreen,libjsound,libfontmanager,liblcms,libjavajpeg}.so
# Debian's JDK links cacerts to /etc/ssl/certs/java/cacerts; the image gets a real copy
rm -f "$rootfs/opt/java/lib/security/cacerts"
cp -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/lib/security/cacerts"
cp -L /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
for f in "$rootfs"/opt/java/lib/security/*; do [ -L "$f" ] && cp --remove-destination -L "$f" "$f"; done

cp -L /bin/dash "$rootfs/bin/sh"
cp -L /bin/bash "$rootfs/bin/bash"
ln -s /opt/java/bin/java "$rootfs/bin/java"

log "copying the shared libraries they link against"
for bin in "$rootfs"/opt/java/bin/* "$rootfs"/opt/java/lib/*.so "$rootfs"/opt/java/lib/server/*.so "$rootfs"/bin/sh \
           "$rootfs"/bin/bash; do
  [ -L "$bin" ] && continue
  ldd "$bin" 2>/dev/null | awk '/=> \//{print $3} /^\s*\/lib64\//{print $1}'
done | sort -u | while read -r lib; do
  case "$lib" in "$rootfs"*) continue;; esac
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
# name resolution (the MySQL host, list URLs) goes through glibc's NSS modules, loaded at run time
for lib in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
           /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$lib" ] && cp -L "$lib" "$rootfs$lib"
done
# a merged-/usr layout: /usr/lib/x86_64-linux-gnu is where some loaders look
ln -s /lib/x86_64-linux-gnu "$rootfs/usr/lib/x86_64-linux-gnu"

cat > "$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
default:x:185:0:Java application user:/deployments:/sbin/nologin
EOF
cat > "$rootfs/etc/group" <<'EOF'
root:x:0:
EOF
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
chown 185:0 "$rootfs/deployments"

log "importing into $PODMAN as $IMAGE"
tar -C "$rootfs" --numeric-owner -cf "$work/rootfs.tar" .
"$PODMAN" import \
  --change 'ENV PATH=/opt/java/bin:/usr/bin:/bin' \
  --change 'ENV JAVA_HOME=/opt/java' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'WORKDIR /deployments' \
  --change 'USER 185' \
  --message "tollgate local JRE base: $java_version" \
  "$work/rootfs.tar" "$IMAGE" > /dev/null
echo "$IMAGE"
