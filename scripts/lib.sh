# Shared by the scripts: where the repository is, and building the service jar when the sources changed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

# Builds the fast-jar unless it is newer than every source and build file.
ensure_built() {
  if [ -f "$JAR" ] && [ -z "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
    return 0
  fi
  echo "building the service (first run downloads dependencies)..." >&2
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >&2
}
