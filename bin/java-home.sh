# Sourced by ./mvnw, ./stepwise and .ci/run: makes JAVA_HOME name a JDK of version 21 or newer.
# Stepwise is built for Java 21, while many machines default to an older `java`, so the scripts
# look for a suitable JDK themselves: JAVA_HOME first, then the `java` on PATH, then the usual
# install folders (the newest one wins). It is POSIX sh, because mvnw runs under /bin/sh.

stepwise_jdk_major() {
  # Prints the major version of the JDK at $1, or nothing when $1 is not a JDK.
  [ -x "$1/bin/javac" ] || return 0
  if [ -r "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  echo "$v"
}

stepwise_find_jdk() {
  for home in "${JAVA_HOME:-}" \
    "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    [ -n "$home" ] || continue
    major=$(stepwise_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$home"; return 0; fi
  done
  best="" best_major=0
  for home in /usr/lib/jvm/* /usr/local/*jdk* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* \
    "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] || continue
    major=$(stepwise_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$home best_major=$major
    fi
  done
  [ -n "$best" ] && echo "$best"
}

stepwise_jdk=$(stepwise_find_jdk)
if [ -z "$stepwise_jdk" ]; then
  echo "Stepwise needs a JDK 21 or newer: none was found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  exit 1
fi
JAVA_HOME=$stepwise_jdk
export JAVA_HOME
