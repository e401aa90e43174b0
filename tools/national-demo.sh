#!/usr/bin/env sh
# A local federation: two member instances (each with its own H2 database and the demo) and a national node that
# harvests them; Ctrl-C stops them all.
#   member 1: http://localhost:8081  (declared as serving the state of Durango)
#   member 2: http://localhost:8082  (declared as serving Gómez Palacio's neighbour, Torreón, Coahuila)
#   national node: http://localhost:8080/nacional  (first harvest 20 s after start, then every minute)
# APERTURA_FEDERATION_PORT moves the three (node on it, members on the next two); APERTURA_FEDERATION_DIR moves their
# data and logs (./data/federacion). Both members run the same demo data (Durango's); the node shows them where they
# are declared to serve. Each member reads the node's published reuse every minute (APERTURA_NATIONAL_NODE_URL), so a
# kit exported from one and imported into the other shows «Reutilizado por» on the original's page after the next
# harvest, once the origin has checked the adopter's ledger entry itself.
# How it runs the application: an executable jar in target/ when there is one (`mvn package`); otherwise the compiled
# classes with the project's classpath as Maven resolves it (works offline, where Spring Boot's repackaging cannot
# fetch its tools). For people, not CI: it keeps three JVMs running until Ctrl-C.
# APERTURA_FEDERATION_DB_URL (e.g. jdbc:postgresql://localhost:5432/federacion) runs the three on PostgreSQL instead:
# the databases <url>_durango, <url>_torreon and <url>_nacional, which must exist (APERTURA_DB_USER and
# APERTURA_DB_PASSWORD as for one instance).
set -e
cd "$(dirname "$0")/.."
PORT0=${APERTURA_FEDERATION_PORT:-8080}
P1=$((PORT0 + 1))
P2=$((PORT0 + 2))
JAR=$(ls target/apertura-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -n "$JAR" ] && unzip -l "$JAR" 2>/dev/null | grep -q "BOOT-INF/"; then
  RUN="-jar $JAR"
else
  mvn -q -o compile
  CP=$(mvn -q -o exec:exec -Dexec.executable=echo -Dexec.args=%classpath -Dexec.classpathScope=runtime \
    | sed 's/\x1b\[[0-9;]*m//g' | grep target/classes | tail -1)
  if [ -z "$CP" ]; then
    echo "Could not compute the classpath (mvn exec:exec)" >&2
    exit 1
  fi
  RUN="-cp $CP org.apertura.Apertura"
fi
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:TieredStopAtLevel=1}
DATA=${APERTURA_FEDERATION_DIR:-./data/federacion}
mkdir -p "$DATA"
# The database of one of the three: H2 under $DATA by default, or a PostgreSQL database of its own.
db() {
  if [ -n "$APERTURA_FEDERATION_DB_URL" ]; then
    echo "SPRING_PROFILES_ACTIVE=postgres APERTURA_DB_URL=${APERTURA_FEDERATION_DB_URL}_$1"
  fi
}
MEMBER="APERTURA_DEMO=true APERTURA_NATIONAL_NODE_URL=http://localhost:$PORT0 APERTURA_NATIONAL_FIRST_HARVEST=PT40S APERTURA_NATIONAL_REUSE_EVERY=PT1M"
# shellcheck disable=SC2086
env $MEMBER $(db durango) PORT=$P1 APERTURA_BASE_URL=http://localhost:$P1 APERTURA_DATA_DIR="$DATA/durango" \
  java $JAVA_OPTS $RUN > "$DATA/durango.log" 2>&1 &
M1=$!
# shellcheck disable=SC2086
env $MEMBER $(db torreon) PORT=$P2 APERTURA_BASE_URL=http://localhost:$P2 APERTURA_DATA_DIR="$DATA/torreon" \
  java $JAVA_OPTS $RUN > "$DATA/torreon.log" 2>&1 &
M2=$!
trap 'kill $M1 $M2 2>/dev/null' EXIT INT TERM
# shellcheck disable=SC2086
# Three JVMs on one machine answer slowly at first: the node waits up to 30 s for a member (10 s in production).
env $(db nacional) PORT=$PORT0 APERTURA_BASE_URL=http://localhost:$PORT0 APERTURA_DATA_DIR="$DATA/nacional" APERTURA_DEMO=false \
  APERTURA_NATIONAL_TIMEOUT=${APERTURA_NATIONAL_TIMEOUT:-PT30S} APERTURA_NODE=national APERTURA_NATIONAL_FIRST_HARVEST=PT20S APERTURA_NATIONAL_HARVEST_EVERY=PT1M \
  APERTURA_NATIONAL_MEMBERS="http://localhost:$P1|10|Apertura Durango,http://localhost:$P2|05|Apertura Torreón|Torreón" \
  java $JAVA_OPTS $RUN
