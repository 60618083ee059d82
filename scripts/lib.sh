# Shared by the scripts: where the repository is, building the service jar and the benchmark harness when their
# sources changed, the service's JVM options and class-data archive, and starting the embedded database on its own.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

# Builds the service jar unless it is newer than every source and build file.
ensure_built() {
  if [ -f "$JAR" ] && [ -z "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
    return 0
  fi
  echo "building the service (first run downloads dependencies)..." >&2
  # the form checks (Spotless, Checkstyle) belong to scripts/test: running a changed service must not wait on them
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true package) >&2
}

# Compiles the benchmark harness (src/bench, compiled with the tests) unless it is newer than its sources, and writes
# its classpath: the classes' directories and every test-scope dependency. Argument: where to write the classpath.
# Prints the classpath.
ensure_harness_built() {
  local marker="$ROOT/target/test-classes/org/scfin/bench/Bench.class"
  if [ ! -f "$marker" ] || [ -n "$(find "$ROOT/src/bench" -newer "$marker" -print -quit)" ]; then
    (cd "$ROOT" && ./mvnw -B -q -Dspotless.check.skip=true -Dcheckstyle.skip=true test-compile) >&2
  fi
  (cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$1") >&2
  echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$1")"
}

# The JVM options the service runs with unless the caller gives its own (scripts/run: JVM_OPTS, scripts/bench:
# SERVICE_JVM_OPTS): scripts/jvm.options, which the Docker image reads too, without its comments.
SERVICE_JVM_DEFAULTS="$(sed -e 's/#.*//' "$ROOT/scripts/jvm.options" | xargs)"
# Two malloc arenas instead of glibc's up to eight per core: fewer arenas keep less freed memory, so the resident size
# stays down (the Docker image sets the same).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# A class-data archive (AppCDS) recorded by a training run of this very jar: the JVM then maps the classes the service
# loads at start instead of loading and verifying them again, about a second of the start on a 2-core machine. The
# archive fits one jar and one JVM build (the JVM ignores it, with a warning, otherwise), so it is recorded again
# whenever either changes. Arguments: the JVM options the service will run with (the archive must be recorded with
# the same collector). The training run uses DB_URL when set, else starts the embedded database like the service.
ARCHIVE="$ROOT/target/quarkus-app/app-cds.jsa"
ensure_class_archive() {
  local made_for
  made_for="$(java -version 2>&1 | head -1) | $JAR | $*"
  if [ -f "$ARCHIVE" ] && [ "$ARCHIVE" -nt "$JAR" ] && [ "$(cat "$ARCHIVE.for" 2>/dev/null)" = "$made_for" ]; then
    return 0
  fi
  echo "recording the class-data archive (a training start of the service)..." >&2
  rm -f "$ARCHIVE" "$ARCHIVE.for"
  local log="$ROOT/target/class-archive.log"
  # shellcheck disable=SC2068
  PORT=0 MANAGEMENT_PORT=0 java $@ -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" > "$log" 2>&1 &
  local pid=$! port=""
  for _ in $(seq 1 240); do
    port=$(sed -nE 's#.*started in .* Listening on: http://[^:]+:([0-9]+).*#\1#p' "$log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -n "$port" ]; then
    # the first requests load the HTTP, JSON and security classes too
    for path in /q/health/ready /api/v1/regions; do curl -s -o /dev/null "http://127.0.0.1:$port$path" || true; done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -f "$ARCHIVE" ]; then
    echo "$made_for" > "$ARCHIVE.for"
  else
    echo "no class-data archive was recorded (see $log); the service starts without it" >&2
  fi
}

# A TCP port on which nothing listens now. The management interface needs a concrete one when PORT is fixed: with a
# fixed PORT and MANAGEMENT_PORT=0, Quarkus 3.34's HTTP server metrics of the two servers clash, the start never
# completes (no "started in" line) and SIGTERM no longer stops the process.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# Starts the embedded MariaDB on its own, in the background: data under $1, port $2, output to $3; further arguments
# are system properties for it (-Dscf.embedded-db.buffer-pool=4G). Sets EMBEDDED_DB_PID, and DB_URL once it is up.
start_embedded_db() {
  local dir=$1 port=$2 log=$3
  shift 3
  java -Xmx64m -Dscf.embedded-db.dir="$dir" -Dscf.embedded-db.port="$port" "$@" -jar "$JAR" embedded-db > "$log" 2>&1 &
  EMBEDDED_DB_PID=$!
  for _ in $(seq 1 120); do
    grep -q '^jdbc:' "$log" && break
    kill -0 "$EMBEDDED_DB_PID" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.5
  done
  DB_URL=$(grep '^jdbc:' "$log" | tail -1)
  [ -n "$DB_URL" ] || { echo "the embedded database did not start; see $log" >&2; return 1; }
}

# Waits until the service on port $1, process $2, is ready; if the process ends first, shows the end of its log $3.
wait_until_ready() {
  for _ in $(seq 1 960); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { tail -30 "$3" >&2; return 1; }
    sleep 0.25
  done
  echo "the service was not ready after 4 minutes; see $3" >&2
  return 1
}

# The options that use the archive, when there is one.
class_archive_opts() {
  [ -f "$ARCHIVE" ] && echo "-XX:SharedArchiveFile=$ARCHIVE -Xshare:auto"
  return 0
}
