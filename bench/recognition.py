"""Scores the recogniser on ../shared/data/plates: reading real US crops (exact, and with O folded to 0), and whole
European car photos end to end (localisation, exact reads, milliseconds per image, one core).

Times are taken in steady state: every image set is read twice by one process and the second pass is reported, as a
server reads its cameras' pictures, not as a cold command line does. `ms` is the wall time of one image, `cpuMs` the
processor time of the one thread that read it (Tesseract runs on it too, with OMP_THREAD_LIMIT=1); the JVM's compiler
and collector threads run beside it and are not counted.

Usage: python3 bench/recognition.py CLASSPATH [DATA_DIR]  (prints one JSON object)
"""
import csv
import datetime
import json
import os
import subprocess
import sys

classpath = sys.argv[1]  # the recogniser's jar, or a class path
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data',
                                                           'plates')
crops = os.path.join(data, 'us-crops')
scenes = os.path.join(data, 'eu-scenes')
truth_file = os.path.join(crops, 'groundtruth.csv')
if not os.path.isfile(truth_file):
    print(json.dumps({"measured": False, "reason": f"no data at {data}"}))
    sys.exit(0)


def recognise(files):
    """One result per file, from the command line the README documents; the second of two passes over the files."""
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    out = subprocess.run(['java', '-cp', classpath, 'org.platekeeper.recognition.Main', '--json'] + files + files,
                         capture_output=True, text=True, env=env).stdout
    results = [json.loads(line) for line in out.splitlines() if line.startswith('{')]
    return {os.path.basename(r['file']): r for r in results[len(results) // 2:]}


def mean(values):
    values = list(values)
    return round(sum(values) / max(len(values), 1), 1)


def fold(text):
    return text.replace(' ', '').replace('-', '').upper().replace('O', '0')


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


truth = {}
states = {}
with open(truth_file) as f:
    for row in csv.reader(f):
        if len(row) == 3 and row[0] != 'file':
            truth[row[0]] = row[2].replace(' ', '').replace('-', '').upper()
            states[row[0]] = row[1].upper()
results = recognise([os.path.join(crops, name) for name in sorted(truth)])
exact = folded = found = state_named = state_right = 0
for name, plate in truth.items():
    r = results.get(name, {'plates': []})
    best = r['plates'][0]['plate'] if r['plates'] else ''
    state = r['plates'][0]['state'] if r['plates'] else None
    found += bool(best)
    exact += best == plate
    folded += fold(best) == fold(plate)
    state_named += state is not None
    state_right += state == states[name]
n = len(truth)
report = {"measured": True,
          "measuredAt": datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
          "crops": n, "exact": exact, "exactPercent": round(100 * exact / n, 1),
          "foldedPercent": round(100 * folded / n, 1), "foundPercent": round(100 * found / n, 1),
          "stateNamedPercent": round(100 * state_named / n, 1), "stateRightPercent": round(100 * state_right / n, 1),
          "msP50": median([r['ms'] for r in results.values()]),
          "cpuMsP50": median([r['cpuMs'] for r in results.values()])}

if os.path.isdir(scenes):
    boxes = {}
    for name in sorted(os.listdir(scenes)):
        if name.endswith('.txt'):
            with open(os.path.join(scenes, name)) as f:
                fields = f.read().split()
            boxes[fields[0]] = ([int(v) for v in fields[1:5]], ''.join(fields[5:]).upper())
    results = recognise([os.path.join(scenes, name) for name in sorted(boxes)])
    located = top = anywhere = 0
    for name, ((x, y, w, h), plate) in boxes.items():
        plates = results.get(name, {'plates': []})['plates']

        def covers(candidate):
            xs = [c['x'] for c in candidate['coordinates']]
            ys = [c['y'] for c in candidate['coordinates']]
            ix = max(0, min(max(xs), x + w) - max(min(xs), x))
            iy = max(0, min(max(ys), y + h) - max(min(ys), y))
            return ix * iy >= 0.5 * w * h  # the found region holds at least half of the true plate
        located += any(covers(p) for p in plates)
        top += bool(plates) and fold(plates[0]['plate']) == fold(plate)
        anywhere += any(fold(p['plate']) == fold(plate) for p in plates)
    s = len(boxes)
    # the same photos as 1280x720 camera frames, for the time per frame the targets name
    import tempfile
    with tempfile.TemporaryDirectory() as frames:
        subprocess.run(['java', '-cp', classpath, os.path.join(os.path.dirname(__file__), 'Frames.java'), frames]
                       + [os.path.join(scenes, name) for name in sorted(boxes)], capture_output=True, check=True)
        framed = recognise([os.path.join(frames, name) for name in sorted(boxes)])
    frame_exact = sum(bool(r['plates']) and fold(r['plates'][0]['plate']) == fold(boxes[name][1])
                      for name, r in framed.items())
    report["frames"] = {"images": len(framed), "exactTopPercent": round(100 * frame_exact / max(len(framed), 1), 1),
                        "msMean": mean(r['ms'] for r in framed.values()),
                        "msP50": median([r['ms'] for r in framed.values()]),
                        "cpuMsMean": mean(r['cpuMs'] for r in framed.values()),
                        "cpuMsP50": median([r['cpuMs'] for r in framed.values()])}
    report["scenes"] = {"images": s, "locatedPercent": round(100 * located / s, 1),
                        "exactTopPercent": round(100 * top / s, 1),
                        "exactAnyCandidatePercent": round(100 * anywhere / s, 1),
                        "msP50": median([r['ms'] for r in results.values()]),
                        "msMean": mean(r['ms'] for r in results.values()),
                        "cpuMsMean": mean(r['cpuMs'] for r in results.values())}
print(json.dumps(report))
