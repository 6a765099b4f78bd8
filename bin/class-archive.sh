# Sourced by ./stepwise after bin/java-home.sh: class-data sharing for the commands. Each command
# keeps a dynamic AppCDS archive (JDK 19+) beside the jar: the first run of a command loads and
# verifies its classes from the jar as usual and, when it exits, the JVM writes the classes it
# loaded to cli/target/stepwise-<command>-<JDK version>.jsa; later runs map that file instead, which
# takes about 40% off the CPU time of a server's start. Each command has its own archive, because
# each loads its own classes. Nothing here may stop a command from starting: an archive the JVM
# cannot use only costs the speed-up, and the JVM's messages about archives are off.

stepwise_class_archive() {
  # Sets archive to the archive of command $1 (empty when it has none: --help, --version) and
  # archive_mode to the option that lets the JVM write it, when it may.
  archive="" archive_mode=""
  case "$1" in run | validate | server | logs) ;; *) return 0 ;; esac
  dir=$(dirname "$jar")
  version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null | tr -c 'A-Za-z0-9.+\n-' _)
  archive="$dir/stepwise-$1-${version:-unknown}.jsa"
  for file in "$dir/stepwise-$1-"*.jsa; do
    # A JVM ignores an archive of an older jar without replacing it, and takes a file that is not
    # a dynamic archive (an empty one, after a crash while writing) for a static one, and warns:
    # those go, as do the archives of other JDKs.
    [ -e "$file" ] || continue
    if [ "$file" != "$archive" ] || [ "$jar" -nt "$file" ] \
      || [ "$(od -An -tx1 -N4 "$file" 2>/dev/null | tr -d ' \n')" != "a8ab0bf0" ]; then
      rm -rf "$file" 2>/dev/null || true
    fi
  done
  if [ -w "$dir" ]; then
    archive_mode=-XX:+AutoCreateSharedArchive
  elif [ -f "$archive" ]; then
    # A JVM that cannot write the archive it should create exits with an error after the command
    # ran, so in a folder it may not write to, it only reads one that is there.
    archive_mode=-Xshare:auto
  else
    archive=""
  fi
  # The JVM reads a colon in SharedArchiveFile as the separator of two archives.
  case "$archive" in *:*) archive="" ;; esac
}
