#!/usr/bin/env bash
# Builds the distribution (mvn -Pdist package): the jar and the SolrCloud add-on beside a Java runtime
# trimmed to the modules they need and bin/blogsearch, as target/blogsearch-VERSION-linux-x64.tar.gz and a Debian package,
# target/blogsearch_VERSION_amd64.deb, which adds the service unit, the settings file and the user.
# Usage: build.sh VERSION TARGET_DIR JAVA_HOME
set -euo pipefail

version=$1
target=$2
java_home=$3
dist=$(cd "$(dirname "$0")" && pwd)

# What `jdeps --ignore-missing-deps --multi-release 25 --print-module-deps target/blogsearch.jar` lists,
# less what only code blogsearch never runs asks for (java.desktop: Jackson's optional java.beans
# support; java.naming and java.security.jgss: Jetty's JNDI and SPNEGO; jdk.incubator.vector: Lucene's
# vector search); plus what the SolrCloud add-on (jdeps on target/blogsearch-solr.jar) needs: java.net.http
# (it talks HTTP through the JDK's client) and java.security.sasl, java.naming, java.security.jgss
# (ZooKeeper's client authentication).
# DistributionIT runs every command on the result.
modules=java.base,java.logging,java.management,java.naming,java.net.http,java.security.jgss,java.security.sasl,java.sql,jdk.management,jdk.unsupported

fail() {
  echo "blogsearch dist: $*" >&2
  exit 1
}

[ -x "$java_home/bin/jlink" ] || fail "no jlink in $java_home: run Maven on a full JDK 21 or newer."
command -v dpkg-deb >/dev/null || fail "dpkg-deb builds the Debian package: install dpkg (Debian and Ubuntu have it)."

name=blogsearch-$version
work=$target/dist
rm -rf "$work"
home=$work/$name
mkdir -p "$home/bin" "$home/lib"
if ! "$java_home/bin/jlink" --add-modules "$modules" --output "$home/runtime" \
    --strip-debug --no-header-files --no-man-pages >"$work/jlink.log" 2>&1; then
  cat "$work/jlink.log" >&2
  fail "jlink cannot build a runtime from $java_home, which has neither jmods nor a linkable runtime (JEP 493): use a JDK that has one of them."
fi
cp "$dist/bin/blogsearch" "$home/bin/"
# The SolrCloud engine's add-on lies beside the jar, which names it on its Class-Path. The semantic
# add-on (the model and ONNX Runtime, 32 MB) is not shipped: put it in lib/ to use --semantic.
cp "$target/blogsearch.jar" "$target/blogsearch-solr.jar" "$home/lib/"
cp "$dist/../../README.md" "$home/"
tar -C "$work" --owner=0 --group=0 --numeric-owner -czf "$target/$name-linux-x64.tar.gz" "$name"

# The package: the same folder under /usr/lib/blogsearch, the command on the PATH, the unit, the settings.
root=$work/deb
mkdir -p "$root/usr/lib" "$root/usr/bin" "$root/lib/systemd/system" "$root/etc/blogsearch" "$root/DEBIAN"
cp -a "$home" "$root/usr/lib/blogsearch"
ln -s ../lib/blogsearch/bin/blogsearch "$root/usr/bin/blogsearch"
cp "$dist/blogsearch.service" "$root/lib/systemd/system/"
cp "$dist/blogsearch.toml" "$root/etc/blogsearch/"
cp "$dist/debian/conffiles" "$dist/debian/postinst" "$dist/debian/prerm" "$dist/debian/postrm" "$root/DEBIAN/"
# Debian sorts 0.1.0~SNAPSHOT before 0.1.0, as Maven does 0.1.0-SNAPSHOT.
sed -e "s/@DEB_VERSION@/${version//-/\~}/" -e "s/@INSTALLED_SIZE@/$(du -sk --exclude=DEBIAN "$root" | cut -f1)/" \
  "$dist/debian/control" >"$root/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$root"
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$target/blogsearch_${version}_amd64.deb" >/dev/null
echo "Built $target/$name-linux-x64.tar.gz and $target/blogsearch_${version}_amd64.deb"
