#!/usr/bin/env bash
# Prints the home of a JDK >= 22 (java.lang.foreign is final from 22 on), or fails naming what to install.
# Order: JAVA_HOME when new enough, then the newest JDK in the usual places of Linux, macOS and Windows.
set -u
MIN=22

feature_of() { # $1 = JDK home; prints its feature release (17, 25, ...) or nothing
  local rel="$1/release" v=""
  if [ -f "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel" | head -n1)
  fi
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  [ "$v" = "1" ] && v=8
  printf '%s' "$v"
}

usable() { [ -x "$1/bin/javac" ] || [ -x "$1/bin/javac.exe" ]; }

if [ -n "${JAVA_HOME:-}" ] && usable "$JAVA_HOME"; then
  v=$(feature_of "$JAVA_HOME")
  if [ -n "$v" ] && [ "$v" -ge "$MIN" ]; then printf '%s\n' "$JAVA_HOME"; exit 0; fi
fi

best="" bestv=0
for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
            "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home \
            /c/Program\ Files/*/jdk* /c/Program\ Files/Java/* "/c/Program Files/Eclipse Adoptium"/* \
            "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/jdk*; do
  [ -d "$home" ] || continue
  usable "$home" || continue
  v=$(feature_of "$home")
  [ -n "$v" ] || continue
  if [ "$v" -ge "$MIN" ] && [ "$v" -gt "$bestv" ]; then best="$home"; bestv="$v"; fi
done

if [ -n "$best" ]; then printf '%s\n' "$best"; exit 0; fi

{
  echo "error: no JDK $MIN or newer found."
  echo "  JAVA_HOME=${JAVA_HOME:-<unset>} is missing or older than $MIN, and none was found under /usr/lib/jvm,"
  echo "  /Library/Java/JavaVirtualMachines or C:\\Program Files."
  echo "  Install a JDK $MIN+ (for example Temurin 25: 'apt-get install temurin-25-jdk' from the Adoptium"
  echo "  repository, 'brew install --cask temurin', or 'winget install EclipseAdoptium.Temurin.25.JDK'),"
  echo "  or point JAVA_HOME at one."
} >&2
exit 1
