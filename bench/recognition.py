"""Scores the recogniser on ../shared/data/plates/us-crops: exact plate text, and with O folded to 0.

Usage: python3 bench/recognition.py CLASSPATH [DATA_DIR]  (prints one JSON object)
"""
import csv
import json
import os
import subprocess
import sys

classpath = sys.argv[1]  # the recogniser's jar, or a class path
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data',
                                                           'plates', 'us-crops')
truth_file = os.path.join(data, 'groundtruth.csv')
if not os.path.isfile(truth_file):
    print(json.dumps({"measured": False, "reason": f"no data at {data}"}))
    sys.exit(0)
truth = {}
with open(truth_file) as f:
    for row in csv.reader(f):
        if len(row) == 3 and row[0] != 'file':
            truth[row[0]] = row[2].replace(' ', '').replace('-', '').upper()
files = [os.path.join(data, name) for name in sorted(truth)]
env = dict(os.environ, OMP_THREAD_LIMIT='1')
out = subprocess.run(['java', '-cp', classpath, 'org.platekeeper.recognition.Main', '--json'] + files,
                     capture_output=True, text=True, env=env).stdout
exact = folded = found = 0
millis = []
for line in out.splitlines():
    if not line.startswith('{'):
        continue
    r = json.loads(line)
    name = os.path.basename(r['file'])
    millis.append(r['ms'])
    best = r['plates'][0]['plate'] if r['plates'] else ''
    found += bool(best)
    exact += best == truth[name]
    folded += best.replace('O', '0') == truth[name].replace('O', '0')
n = len(truth)
millis.sort()
import datetime
print(json.dumps({"measured": True, "measuredAt": datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
                  "crops": n, "exact": exact, "exactPercent": round(100 * exact / n, 1),
                  "foldedPercent": round(100 * folded / n, 1), "foundPercent": round(100 * found / n, 1),
                  "msP50": millis[len(millis) // 2] if millis else None}))
