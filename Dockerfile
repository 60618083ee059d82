# Production image of the supply-chain receivables financing API (Quarkus aot-jar layout on a JRE 17).
#
# Configured entirely by environment variables (see README "Configuration"). The image is built with -DnoEmbeddedDb:
# it has NO embedded database and does not generate local signing keys (LOCAL_KEYS=false), so these are required:
#   DB_URL                    e.g. jdbc:mysql://db-host:3306/scf (plus DB_USER, DB_PASSWORD)
#   JWT_PUBLIC_KEY_LOCATION   the identity provider's JWKS URL (or a PEM public key), with JWT_ISSUER
#
#   docker build -t scf-service .
#   docker run -p 8080:8080 -e DB_URL=... -e DB_USER=... -e DB_PASSWORD=... \
#     -e JWT_PUBLIC_KEY_LOCATION=... -e JWT_ISSUER=... scf-service
#
# Not exercised in CI: Docker is not available on the development machines.

# ---- Stage 1: build the jar without the embedded database
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, so this layer is reused while only sources change
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B -q -DnoEmbeddedDb dependency:go-offline || true
COPY src src
# -Dmaven.test.skip=true as well as -DskipTests: the tests use the embedded database, which -DnoEmbeddedDb leaves
# out, so they would not even compile.
RUN ./mvnw -B -q -DnoEmbeddedDb -DskipTests -Dmaven.test.skip=true package

# ---- Stage 2: runtime
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 scf \
    && useradd --system --uid 10001 --gid scf --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin scf
WORKDIR /app
# The aot-jar layout (application.properties says why); files stay owned by root, the service only reads them
COPY --from=build /build/target/quarkus-app/lib/ lib/
COPY --from=build /build/target/quarkus-app/app/ app/
COPY --from=build /build/target/quarkus-app/quarkus/ quarkus/
COPY --from=build /build/target/quarkus-app/quarkus-run.jar quarkus-run.jar
# The JVM options scripts/run uses (the file says why each), read by java as an argument file
COPY scripts/jvm.options jvm.options
USER 10001:10001
# MALLOC_ARENA_MAX as scripts/lib.sh sets it; JAVA_OPTS, when set, replaces the options of jvm.options
ENV PORT=8080 MANAGEMENT_PORT=9000 LOCAL_KEYS=false MALLOC_ARENA_MAX=2
# 8080: the API and health; 9000: metrics (the management interface), for the monitoring network only
EXPOSE 8080 9000
# sh -c so that JAVA_OPTS expands; exec so that java is PID 1 and receives SIGTERM for a graceful shutdown
ENTRYPOINT ["sh", "-c", "exec java ${JAVA_OPTS:-@jvm.options} -jar quarkus-run.jar"]
