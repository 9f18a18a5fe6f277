#!/usr/bin/env bash
# The outside-consumer check (issue #24): builds it/consumer -- an application that imports mediacapture-bom
# and depends on mediacapture-core and mediacapture-platform-linux -- against the Maven repository the build
# deployed to, then runs it on the class path and on the module path; each run captures a frame from the
# fake camera (com.example.consumer.Main exits 1 naming what is wrong otherwise).
#
#   it/consumer/run.sh DEPLOY_DIR
#
# DEPLOY_DIR is what the reactor was deployed to, as ./build test does:
#   ./mvnw deploy -DaltDeploymentRepository=it::file://$PWD/target/it-repo
# The consumer resolves io.mediacapture from there, never from the reactor or a local install: it has a
# local repository of its own (target/consumer-m2, kept between runs for Maven's plugins, which come from
# Maven Central the first time) from which every io.mediacapture artifact is deleted first; and its jars
# must carry the timestamped versions that only a deploy creates (an installed snapshot has none). (Not the
# usual local repository as a read-only tail: Maven prefers a snapshot installed there over the deployed
# one.) Needs JAVA_HOME >= 22 (./build sets it).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: it/consumer/run.sh DEPLOY_DIR" >&2; exit 2; }
repo=$(cd "$1" && pwd) || { echo "it/consumer: no deploy directory '$1'" >&2; exit 1; }
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/bom/pom.xml" | head -1)
[ -f "$repo/io/mediacapture/mediacapture-bom/$version/maven-metadata.xml" ] \
  || { echo "it/consumer: mediacapture-bom $version was not deployed to $repo" >&2; exit 1; }

# The BOM names exactly what was published: every deployed module (the parent and the BOM aside) and
# nothing else, so a new published module cannot be left out of it.
deployed=$(cd "$repo/io/mediacapture" && ls | grep -vx 'mediacapture-parent\|mediacapture-bom' | sort)
in_bom=$(sed -n 's:.*<artifactId>\(mediacapture-[^<]*\)</artifactId>.*:\1:p' "$root/bom/pom.xml" | grep -vx mediacapture-bom | sort -u)
if [ "$deployed" != "$in_bom" ]; then
  echo "it/consumer: bom/pom.xml does not list exactly the deployed modules:" >&2
  diff <(echo "$in_bom") <(echo "$deployed") | sed -n 's/^</  only in the BOM:/p; s/^>/  deployed, not in the BOM:/p' >&2
  exit 1
fi

m2=$root/target/consumer-m2
rm -rf target "$m2/io/mediacapture"
echo "it/consumer: building against $repo (mediacapture $version)"
"$root/mvnw" -B -q -f pom.xml package \
  -Dmaven.repo.local="$m2" \
  -Dit.repo="file://$repo" -Dmediacapture.version="$version"

# Where the jars came from: a deploy gives SNAPSHOT versions a timestamp (x.y.z-20261207.123456-1).
snapshot_re='-[0-9]{8}\.[0-9]{6}-[0-9]+\.jar$'
for a in mediacapture-core mediacapture-bindings mediacapture-platform-linux; do
  jar=$(ls target/lib/ | grep "^$a-" || true)
  [ -n "$jar" ] || { echo "it/consumer: $a is not among the resolved dependencies: $(ls target/lib)" >&2; exit 1; }
  if [[ "$version" == *-SNAPSHOT ]] && ! [[ "$jar" =~ $snapshot_re ]]; then
    echo "it/consumer: $jar did not come from the deployed repository (no deploy timestamp)" >&2
    exit 1
  fi
done
echo "it/consumer: resolved from the deployed repository: $(ls target/lib | tr '\n' ' ')"

app=target/mediacapture-consumer-1.0.jar
"$java" --enable-native-access=ALL-UNNAMED -Dio.mediacapture.backend=fake \
  -cp "$app:target/lib/*" com.example.consumer.Main class-path
"$java" --enable-native-access=io.mediacapture.core,io.mediacapture.bindings,io.mediacapture.linux \
  -p "$app:target/lib" -m com.example.consumer/com.example.consumer.Main module-path
echo "it/consumer: passed on the class path and on the module path"
