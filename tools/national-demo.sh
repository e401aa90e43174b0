#!/usr/bin/env sh
# A local federation: two member instances (each with its own H2 database and the demo) and a national node that
# harvests them. Builds the jar once, then runs the three; Ctrl-C stops them all.
#   member 1: http://localhost:8081  (declared as serving the state of Durango)
#   member 2: http://localhost:8082  (declared as serving Gómez Palacio's neighbour, Torreón, Coahuila)
#   national node: http://localhost:8080/nacional  (first harvest 20 s after start, then every minute)
# Both members run the same demo data (Durango's); the node shows them where they are declared to serve. Each member
# reads the node's published reuse every minute (APERTURA_NATIONAL_NODE_URL), so a commitment kit exported from one
# and imported into the other shows «Reutilizado por» on the original's page after the next harvest.
# For people, not CI: it builds the jar and keeps three JVMs running until Ctrl-C.
set -e
cd "$(dirname "$0")/.."
JAR=$(ls target/apertura-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -q -DskipTests package
  JAR=$(ls target/apertura-*.jar | grep -v plain | head -1)
fi
DATA=${APERTURA_FEDERATION_DIR:-./data/federacion}
mkdir -p "$DATA"
MEMBER="APERTURA_NATIONAL_NODE_URL=http://localhost:8080 APERTURA_NATIONAL_FIRST_HARVEST=PT40S APERTURA_NATIONAL_REUSE_EVERY=PT1M"
env $MEMBER PORT=8081 APERTURA_BASE_URL=http://localhost:8081 APERTURA_DATA_DIR="$DATA/durango" \
  java -jar "$JAR" > "$DATA/durango.log" 2>&1 &
M1=$!
env $MEMBER PORT=8082 APERTURA_BASE_URL=http://localhost:8082 APERTURA_DATA_DIR="$DATA/torreon" \
  java -jar "$JAR" > "$DATA/torreon.log" 2>&1 &
M2=$!
trap 'kill $M1 $M2 2>/dev/null' EXIT INT TERM
PORT=8080 APERTURA_DATA_DIR="$DATA/nacional" APERTURA_DEMO=false APERTURA_NODE=national \
  APERTURA_NATIONAL_FIRST_HARVEST=PT20S APERTURA_NATIONAL_HARVEST_EVERY=PT1M \
  APERTURA_NATIONAL_MEMBERS="http://localhost:8081|10|Apertura Durango,http://localhost:8082|05|Apertura Torreón|Torreón" \
  java -jar "$JAR"
