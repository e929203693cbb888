#!/usr/bin/env bash
# The benchmark: builds Platekeeper, starts it against a database of its own on the machine's PostgreSQL, loads
# data, measures ingest, alert latency, matching, search, purge and footprint each beside a baseline, writes
# docs/performance.md and bench/results/latest.json, then stops the server and drops its database.
#
#   bench/run.sh                       default scale: 10 million reads for search
#   BENCH_SEARCH_READS=30000000 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

SEARCH_READS=${BENCH_SEARCH_READS:-10000000}
INGEST_SECONDS=${BENCH_INGEST_SECONDS:-60}
INGEST_THREADS=${BENCH_INGEST_THREADS:-4}
INGEST_BATCH=${BENCH_INGEST_BATCH:-500}
HOTLIST_ENTRIES=${BENCH_HOTLIST_ENTRIES:-1000000}
PURGE_READS=${BENCH_PURGE_READS:-1000000}
DB=platekeeper_bench
PORT=9090
BASE=http://localhost:$PORT
SERVER=platekeeper-bench
WORK=$(mktemp -d)
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA)
ADMIN=bench-admin:harbour-lantern-orbit
log() { echo "bench: $*" >&2; }

bash scripts/setup.sh >/dev/null || true
pg_isready -q -h 127.0.0.1 -p 5432 || { log "PostgreSQL is not running on 127.0.0.1:5432"; exit 1; }

stop_all() {
  mvn -B -q -ntp -pl liberty liberty:stop -Dplatekeeper.server.name=$SERVER >/dev/null 2>&1 || true
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop_all EXIT

log "building"
mvn -B -q -ntp install -DskipTests
mvn -B -q -ntp -f bench/pom.xml package
CP="bench/target/classes:$(ls bench/target/lib/*.jar | tr '\n' ':')"

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
export ALPR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ALPR_DB_USER=postgres ALPR_DB_PASSWORD=
export ALPR_HTTP_PORT=$PORT ALPR_HTTPS_PORT=9446 ALPR_BOOTSTRAP_ADMIN_PASSWORD=bench-bootstrap-secret
export OMP_THREAD_LIMIT=1
# the load comes from this machine: plain HTTP on loopback, as behind a TLS-terminating proxy on the same host
export ALPR_PLAIN_HTTP=loopback ALPR_SECURE_COOKIES=false ALPR_TLS_KEYSTORE_PASSWORD=bench-keystore-secret
export ALPR_MFA_REQUIRED=false # the load comes from scripts with passwords
# the load generator is a few cameras and one officer going as fast as the server answers: no rate limit holds it
export ALPR_RATE_LIMIT_CAMERA_PER_MINUTE=10000000 ALPR_RATE_LIMIT_USER_PER_MINUTE=10000000
export ALPR_RATE_LIMIT_ADDRESS_PER_MINUTE=10000000
unset ALPR_DEMO

log "starting the server"
mvn -B -q -ntp -pl liberty liberty:create liberty:deploy liberty:start -Dplatekeeper.server.name=$SERVER
LOGS=liberty/target/liberty/wlp/usr/servers/$SERVER/logs/messages.log
started_seconds=$(grep -o 'started in [0-9.]*' "$LOGS" | tail -1 | awk '{print $NF}' || true)
server_pid=$(pgrep -f "ws-server.jar $SERVER" | head -1 || true)
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$server_pid/status"; }
sleep 5
rss_idle=$(rss_mb)

api() { curl -sf -u "$1" -H 'Content-Type: application/json' "$BASE$2" "${@:3}"; }
# the bootstrap administrator creates the benchmark's users, each with training
api admin:bench-bootstrap-secret /api/v1/users -d '{"username":"bench-admin","displayName":"Bench admin","password":"harbour-lantern-orbit","roles":["ADMINISTRATOR"]}' >/dev/null
api admin:bench-bootstrap-secret /api/v1/users -d '{"username":"bench-officer","displayName":"Bench officer","password":"cabbage-meadow-violin","roles":["OFFICER"]}' >/dev/null
api admin:bench-bootstrap-secret /api/v1/users -d '{"username":"bench-investigator","displayName":"Bench investigator","password":"quartz-pelican-tundra","roles":["INVESTIGATOR"]}' >/dev/null
for user in bench-admin bench-officer bench-investigator; do
  api admin:bench-bootstrap-secret /api/v1/users/$user/training -d "{\"course\":\"LPR operator\",\"completedOn\":\"$(date -d '-1 day' +%F)\",\"expiresOn\":\"$(date -d '+1 year' +%F)\"}" >/dev/null
done

log "registering cameras"
: > "$WORK/tokens"
cameras=()
for i in $(seq 1 20); do
  answer=$(api "$ADMIN" /api/v1/cameras -d "{\"name\":\"bench camera $i\",\"type\":\"FIXED\",\"location\":\"Bench $i\",\"latitude\":36.3$i,\"longitude\":-95.3$i}")
  echo "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' >> "$WORK/tokens"
  cameras+=("$(echo "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["camera"]["id"])')")
done

log "importing a hot list of $HOTLIST_ENTRIES entries (1000 partial plates)"
python3 - "$WORK" "$HOTLIST_ENTRIES" <<'PY'
import random, sys
work, n = sys.argv[1], int(sys.argv[2])
alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
random.seed(11)
with open(f'{work}/hotlist.csv', 'w') as f, open(f'{work}/listed', 'w') as listed:
    f.write('plate,state,kind,reason\n')
    for i in range(n - 1000):
        p = ''.join(random.choice(alphabet) for _ in range(7))
        f.write(f'{p},MO,stolen vehicle,Benchmark entry\n')
        if i % 1000 == 0:
            listed.write(p + '\n')
    for i in range(1000):
        p = ''.join(random.choice(alphabet) for _ in range(7))
        f.write(f'{p[:3]}?{p[4]}*,,investigation,Witness partial plate\n')
PY
list_id=$(api "$ADMIN" /api/v1/hotlists -d '{"name":"Benchmark list","kind":"STOLEN_VEHICLE","source":"LOCAL"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
import_started=$(date +%s.%N)
import_id=$(curl -sf -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary @"$WORK/hotlist.csv" "$BASE/api/v1/hotlists/$list_id/imports?format=GENERIC_CSV&fileName=bench.csv" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while api "$ADMIN" /api/v1/hotlists/imports/$import_id | grep -q '"status":"RUNNING"'; do sleep 1; done
import_seconds=$(python3 -c "import time; print(round(time.time() - $import_started, 1))")
index=$(api "$ADMIN" /api/v1/hotlists/index)

log "ingest for ${INGEST_SECONDS}s with $INGEST_THREADS cameras in parallel, batches of $INGEST_BATCH"
# where the CPU goes during ingest: the server, PostgreSQL, and the rest (the load generator), from /proc; and
# where the server's Java threads spend it, from a flight recording
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local sum=0; for p in $(pgrep -x postgres); do sum=$((sum + $(ticks "$p"))); done; echo $sum; }
all_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
jcmd "$server_pid" JFR.start name=ingest settings=profile filename="$WORK/ingest.jfr" >/dev/null
server_before=$(ticks "$server_pid"); pg_before=$(pg_ticks); all_before=$(all_ticks)
( sleep $((INGEST_SECONDS / 2)); rss_mb > "$WORK/rss_load"; jcmd "$server_pid" GC.heap_info > "$WORK/heap_load" ) &
ingest=$(java -cp "$CP" org.platekeeper.bench.Load ingest "$BASE" "$WORK/tokens" bench-officer:cabbage-meadow-violin "$WORK/listed" "$INGEST_SECONDS" "$INGEST_THREADS" "$INGEST_BATCH")
wait
server_used=$(( $(ticks "$server_pid") - server_before )); pg_used=$(( $(pg_ticks) - pg_before ))
all_used=$(( $(all_ticks) - all_before ))
jcmd "$server_pid" JFR.stop name=ingest >/dev/null
profile=$(python3 bench/profile.py "$WORK/ingest.jfr" || echo null)
cpu_split=$(python3 -c "a=max($all_used,1); print('{\"serverPercent\": %.0f, \"postgresPercent\": %.0f, \"restPercent\": %.0f}' % (100*$server_used/a, 100*$pg_used/a, 100*($all_used-$server_used-$pg_used)/a))")
rss_load=$(cat "$WORK/rss_load")
# what the resident size under load is made of: the heap the collector has committed, and class metadata
heap_load=$(python3 - "$WORK/heap_load" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
gens = re.findall(r'generation\s+total (\d+)K, used (\d+)K', text)
meta = re.search(r'Metaspace\s+used (\d+)K, committed (\d+)K', text)
print('{"heapCommittedMB": %d, "heapUsedMB": %d, "metaspaceCommittedMB": %d}' % (
    sum(int(t) for t, _ in gens) // 1024, sum(int(u) for _, u in gens) // 1024,
    int(meta.group(2)) // 1024 if meta else -1))
PY
)
ingested=$(echo "$ingest" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reads"])')

log "baseline: COPY of the same kind of rows (reads with their plate crops)"
copy_rows=$(( ingested < 100000 ? ingested : 100000 ))
java -cp "$CP" -Djava.awt.headless=true org.platekeeper.bench.Load copy-files "$WORK" "${cameras[0]}" "$copy_rows"
copy_started=$(date +%s.%N)
"${PSQL[@]}" -d $DB \
  -c "\copy plate_read (id, camera_id, plate, plate_as_read, state, captured_at, received_at, latitude, longitude, confidence) from '$WORK/reads.csv' csv" \
  -c "\copy plate_read_image (read_id, captured_at, kind, jpeg) from '$WORK/images.csv' csv"
copy_ms=$(python3 -c "import time; print(round(time.time() - $copy_started, 2))")
copy_rate=$(python3 -c "print(round($copy_rows / max($copy_ms, 0.001)))")

log "matching in-process (JMH) and index build"
jmh=$(java -cp "$CP" org.openjdk.jmh.Main MatchingBenchmark -rf json -rff "$WORK/jmh.json" 2>&1 | tail -3)
match_ns=$(python3 -c "import json; print(round(json.load(open('$WORK/jmh.json'))[0]['primaryMetric']['score'], 1))")
build_ms=$(java -cp "$CP" -Xmx2g org.platekeeper.bench.MatchingBenchmark | python3 -c 'import json,sys; print(json.load(sys.stdin)["indexBuildMillis"])')

log "loading $SEARCH_READS reads over 29 days for search"
cams_sql="array[$(printf "'%s'::uuid," "${cameras[@]}" | sed 's/,$//')]"
"${PSQL[@]}" -d $DB -c "select ensure_read_partitions(current_date - 30, current_date)" >/dev/null
search_load_started=$(date +%s)
chunk=1000000
for start in $(seq 0 $chunk $((SEARCH_READS - 1))); do
  "${PSQL[@]}" -d $DB -c "
    insert into plate_read (id, camera_id, plate, plate_as_read, state, captured_at, received_at, latitude, longitude,
                            confidence, vehicle_make, vehicle_colour)
    select gen_random_uuid(), ($cams_sql)[1 + g % 20], p, p, 'MO', t, t, 36.2 + (g % 2000) / 10000.0,
           -95.4 + (g % 1999) / 10000.0, 90, (array['Ford','Chevrolet','Toyota','Honda'])[1 + g % 4],
           (array['black','white','silver','red','blue'])[1 + g % 5]
      from generate_series($start + 1, least($start + $chunk, $SEARCH_READS)) g,
           lateral (select upper(translate(substr(md5(g::text), 1, 7), 'abcdef', 'KMNPRT')) p,
                           now() - interval '1 hour' - (g % (28 * 86400)) * interval '1 second' t) x"
  log "  $((start + chunk)) reads"
done
"${PSQL[@]}" -d $DB -c "analyze plate_read" >/dev/null
search_load_seconds=$(( $(date +%s) - search_load_started ))
plate=$("${PSQL[@]}" -d $DB -c "select plate from plate_read where plate_folded <> plate limit 1")
ocr_plate=$(echo "$plate" | tr 'O0' '0O' | tr 'B8' '8B')
cat > "$WORK/queries" <<Q
exact	{"plate":"$plate","caseNumber":"BENCH-1"}
partial	{"plate":"${plate:0:3}?${plate:4:1}*","plateMatch":"PARTIAL","caseNumber":"BENCH-1"}
ocr_tolerant	{"plate":"$ocr_plate","plateMatch":"OCR_TOLERANT","caseNumber":"BENCH-1"}
area_time	{"area":{"latitude":36.25,"longitude":-95.35,"radiusMeters":300},"from":"$(date -u -d '-2 days' +%FT%TZ)","to":"$(date -u -d '-1 day' +%FT%TZ)","caseNumber":"BENCH-1"}
Q
search=$(java -cp "$CP" org.platekeeper.bench.Load search "$BASE" bench-investigator:quartz-pelican-tundra "$WORK/queries" 20)

sql_time() { # median of 5 runs of a query in psql, in ms
  for _ in 1 2 3 4 5 6 7; do
    "${PSQL[@]}" -d $DB -c '\timing on' -c "$1" | grep -o 'Time: [0-9.]*' | awk '{print $2}' | tail -1
  done | tail -5 | sort -n | sed -n 3p
}
area_from=$(date -u -d '-2 days' +%FT%TZ); area_to=$(date -u -d '-1 day' +%FT%TZ)
sql_exact=$(sql_time "select * from plate_read where plate = '$plate' order by captured_at desc limit 50; select count(*) from plate_read where plate = '$plate'")
sql_partial=$(sql_time "select * from plate_read where plate like '${plate:0:3}_${plate:4:1}%' order by captured_at desc limit 50; select count(*) from plate_read where plate like '${plate:0:3}_${plate:4:1}%'")
sql_ocr=$(sql_time "select * from plate_read where plate_folded = translate('$ocr_plate', 'ODQILZSBG', '000112586') order by captured_at desc limit 50; select count(*) from plate_read where plate_folded = translate('$ocr_plate', 'ODQILZSBG', '000112586')")
sql_area=$(sql_time "select * from plate_read where captured_at >= '$area_from' and captured_at < '$area_to' and latitude between 36.2473 and 36.2527 and longitude between -95.3534 and -95.3466 order by captured_at desc limit 50")

log "purge: one day of $PURGE_READS reads, 1% under hold, beside a plain DELETE of the same rows"
gen_day() { # day offset, first g
  "${PSQL[@]}" -d $DB -c "select ensure_read_partitions(current_date - $1, current_date - $1)" -c "
    insert into plate_read (id, camera_id, plate, plate_as_read, captured_at, received_at)
    select gen_random_uuid(), ($cams_sql)[1 + g % 20], 'P' || g, 'P' || g, t, t
      from generate_series(1, $PURGE_READS) g,
           lateral (select (current_date - $1)::timestamp at time zone 'UTC' + (g % 86000) * interval '1 second' t) x" >/dev/null
}
gen_day 45
delete_ms=$("${PSQL[@]}" -d $DB -c '\timing on' -c "delete from plate_read where captured_at >= (current_date - 45)::timestamp at time zone 'UTC' and captured_at < (current_date - 44)::timestamp at time zone 'UTC'" | grep -o 'Time: [0-9.]*' | awk '{print $2}')
gen_day 40
"${PSQL[@]}" -d $DB -c "
  insert into legal_hold (id, case_number, legal_basis, description, status, requested_by, requested_at, decided_by,
                          decided_at, review_date)
  values ('00000000-0000-7000-8000-00000000b001', 'BENCH', 'EVIDENCE', 'Benchmark hold', 'ACTIVE', 'bench', now(),
          'bench2', now(), current_date + 30);
  insert into legal_hold_read (hold_id, read_id, captured_at)
  select '00000000-0000-7000-8000-00000000b001', id, captured_at from plate_read
   where captured_at >= (current_date - 40)::timestamp at time zone 'UTC'
     and captured_at < (current_date - 39)::timestamp at time zone 'UTC' and random() < 0.01" >/dev/null
purge=$(api "$ADMIN" /api/v1/purges -X POST)

log "recognition on ../shared/data/plates (when present)"
# the synthetic US scenes are composed with OpenCV's Python build (scripts/plate_scenes.py)
python3 -c 'import cv2, numpy' 2>/dev/null || python3 -m pip install --quiet opencv-python-headless==5.0.0.93
recognition=$(python3 bench/recognition.py alpr-recognition/target/alpr-recognition.jar)

log "writing the report"
python3 bench/report.py "$root" <<JSON
{"date": "$(date -u +%FT%TZ)", "command": "bench/run.sh", "searchReads": $SEARCH_READS,
 "machine": {"cores": $(getconf _NPROCESSORS_ONLN), "memoryGiB": $(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo),
             "cpu": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)",
             "postgres": "$("${PSQL[@]}" -d postgres -c 'show server_version')", "java": "$(java -version 2>&1 | head -1 | tr -d '"')"},
 "ingest": $ingest, "ingestCpu": $cpu_split, "ingestProfile": $profile,
 "copyBaseline": {"rows": $copy_rows, "seconds": $copy_ms, "rowsPerSecond": $copy_rate},
 "hotList": {"entries": $HOTLIST_ENTRIES, "importSeconds": $import_seconds, "index": $index},
 "matching": {"nanosPerRead": $match_ns, "indexBuildMillisInProcess": $build_ms},
 "search": $search, "searchLoadSeconds": $search_load_seconds,
 "searchSqlBaselineMs": {"exact": ${sql_exact:-null}, "partial": ${sql_partial:-null}, "ocr_tolerant": ${sql_ocr:-null}, "area_time": ${sql_area:-null}},
 "purge": {"reads": $PURGE_READS, "run": $purge, "plainDeleteMs": ${delete_ms:-null}},
 "recognition": $recognition,
 "footprint": {"startSeconds": ${started_seconds:-null}, "rssIdleMB": $rss_idle, "rssUnderLoadMB": $rss_load, "underLoad": $heap_load}}
JSON
log "done: docs/performance.md and bench/results/latest.json"
