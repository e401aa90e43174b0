#!/usr/bin/env sh
# A local federation: two member instances (each with its own H2 database and the demo) and a national node that
# harvests them. Builds the jar once, then runs the three; Ctrl-C stops them all.
#   member 1: http://localhost:8081  (declared as serving the state of Durango)
#   member 2: http://localhost:8082  (declared as serving Gómez Palacio's neighbour, Torreón, Coahuila)
#   national node: http://localhost:8080/nacional  (first harvest 20 s after start, then every minute)
# Both members run the same demo data (Durango's); the node shows them where they are declared to serve.
set -e
cd "$(dirname "$0")/.."
JAR=$(ls target/apertura-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -q -DskipTests package
  JAR=$(ls target/apertura-*.jar | grep -v plain | head -1)
fi
DATA=${APERTURA_FEDERATION_DIR:-./data/federacion}
mkdir -p "$DATA"
PORT=8081 APERTURA_DATA_DIR="$DATA/durango" java -jar "$JAR" > "$DATA/durango.log" 2>&1 &
M1=$!
PORT=8082 APERTURA_DATA_DIR="$DATA/torreon" java -jar "$JAR" > "$DATA/torreon.log" 2>&1 &
M2=$!
trap 'kill $M1 $M2 2>/dev/null' EXIT INT TERM
PORT=8080 APERTURA_DATA_DIR="$DATA/nacional" APERTURA_DEMO=false APERTURA_NODE=national \
  APERTURA_NATIONAL_FIRST_HARVEST=PT20S APERTURA_NATIONAL_HARVEST_EVERY=PT1M \
  APERTURA_NATIONAL_MEMBERS="http://localhost:8081|10|Apertura Durango,http://localhost:8082|05|Apertura Torreón|Torreón" \
  java -jar "$JAR"
