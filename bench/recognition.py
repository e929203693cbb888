"""Scores the recogniser on ../shared/data/plates: reading real US crops (exact, and with O folded to 0; all of them and
the validation part the plate locator's training leaves out), and whole scenes end to end: the validation photos of
eu-scenes and br-scenes and a synthetic US set composed from validation crops and backgrounds at a camera's plate
sizes (plates located with box IoU >= 0.5, read exactly by the best candidate and by any, CPU per scene), and the EU
validation photos as 1280x720 frames for the time per frame.

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
truth_file = os.path.join(crops, 'groundtruth.csv')
if not os.path.isfile(truth_file):
    print(json.dumps({"measured": False, "reason": f"no data at {data}"}))
    sys.exit(0)


def recognise(files, finder='locator'):
    """One result per file, from the command line the README documents; the second of two passes over the files."""
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    out = subprocess.run(['java', '-cp', classpath, 'org.platekeeper.recognition.Main', '--json',
                          f'--finder={finder}'] + files + files,
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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'scripts'))
import plate_scenes  # noqa: E402  the split the plate locator's training keeps to

_, validation_crops = plate_scenes.split(plate_scenes.pictures(data, 'us-crops'))
report["cropsValidation"] = len(validation_crops)
report["cropsValidationExactPercent"] = round(100 * sum(
    bool(results.get(os.path.basename(f), {'plates': []})['plates'])
    and results[os.path.basename(f)]['plates'][0]['plate'] == truth[os.path.basename(f)]
    for f in validation_crops) / len(validation_crops), 1)


def iou(box, truth_box):
    x, y, w, h = truth_box
    ix = max(0, min(box[2], x + w) - max(box[0], x))
    iy = max(0, min(box[3], y + h) - max(box[1], y))
    return ix * iy / ((box[2] - box[0]) * (box[3] - box[1]) + w * h - ix * iy)


def scored(scene_set, finder):
    """Located (a candidate's box IoU >= 0.5 with the plate's), read exactly (O as 0) by the best candidate and by any,
    and time, over (picture, box, plate) scenes."""
    results = recognise([picture for picture, _, _ in scene_set], finder)
    located = top = anywhere = 0
    for picture, box, plate in scene_set:
        plates = results.get(os.path.basename(picture), {'plates': []})['plates']
        boxes = [(min(c['x'] for c in p['coordinates']), min(c['y'] for c in p['coordinates']),
                  max(c['x'] for c in p['coordinates']), max(c['y'] for c in p['coordinates'])) for p in plates]
        located += any(iou(b, box) >= 0.5 for b in boxes)
        top += bool(plates) and fold(plates[0]['plate']) == fold(plate)
        anywhere += any(fold(p['plate']) == fold(plate) for p in plates)
    n = max(len(scene_set), 1)
    return {"images": len(scene_set), "locatedPercent": round(100 * located / n, 1),
            "exactTopPercent": round(100 * top / n, 1), "exactAnyCandidatePercent": round(100 * anywhere / n, 1),
            "cpuMsMean": mean(r['cpuMs'] for r in results.values()),
            "cpuMsP50": median([r['cpuMs'] for r in results.values()]),
            "msMean": mean(r['ms'] for r in results.values()), "msP50": median([r['ms'] for r in results.values()])}


import tempfile  # noqa: E402
import cv2  # noqa: E402
import numpy as np  # noqa: E402


def scenes_and_frames(finder, work):
    """Every scene set, and the EU validation photos as 1280x720 frames, read with one way of finding plates."""
    sets = {}
    for name in ('eu-scenes', 'br-scenes'):
        if os.path.isdir(os.path.join(data, name)):
            _, validation = plate_scenes.split(plate_scenes.pictures(data, name))
            sets[name] = scored(plate_scenes.boxed_scenes(validation), finder)
    sets["synthetic-us"] = scored(synthetic, finder)
    _, validation = plate_scenes.split(plate_scenes.pictures(data, 'eu-scenes'))
    scenes_eu = plate_scenes.boxed_scenes(validation)
    frames = os.path.join(work, 'frames')
    if not os.path.isdir(frames):
        os.mkdir(frames)
        subprocess.run(['java', '-cp', classpath, os.path.join(os.path.dirname(__file__), 'Frames.java'), frames]
                       + [picture for picture, _, _ in scenes_eu], capture_output=True, check=True)
    framed = recognise([os.path.join(frames, os.path.basename(picture)) for picture, _, _ in scenes_eu], finder)
    plates = {os.path.basename(picture): plate for picture, _, plate in scenes_eu}
    frame_exact = sum(bool(r['plates']) and fold(r['plates'][0]['plate']) == fold(plates[name])
                      for name, r in framed.items())
    return sets, {"images": len(framed), "exactTopPercent": round(100 * frame_exact / max(len(framed), 1), 1),
                  "msMean": mean(r['ms'] for r in framed.values()), "msP50": median([r['ms'] for r in framed.values()]),
                  "cpuMsMean": mean(r['cpuMs'] for r in framed.values()),
                  "cpuMsP50": median([r['cpuMs'] for r in framed.values()])}


with tempfile.TemporaryDirectory() as work:
    # US-like camera frames: each validation crop in a validation background, at a camera's plate sizes (fixed seed)
    rng = np.random.default_rng(20261201)
    _, backgrounds = plate_scenes.split(plate_scenes.pictures(data, 'street-negatives'))
    synthetic = []
    for i, crop in enumerate(validation_crops):
        background = cv2.imread(backgrounds[rng.integers(len(backgrounds))], cv2.IMREAD_GRAYSCALE)
        frame, box = plate_scenes.us_camera_scene(rng, cv2.imread(crop), background)
        picture = os.path.join(work, f'us-{i:03d}.jpg')
        cv2.imwrite(picture, frame, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(70, 92))])
        synthetic.append((picture, box, truth[os.path.basename(crop)]))
    report["sets"], report["frames"] = scenes_and_frames('locator', work)
    # beside it in the same run: the classical finder alone, and both together
    for finder, key in (('classical', 'classicalFinder'), ('both', 'bothFinders')):
        sets, frames = scenes_and_frames(finder, work)
        report[key] = dict(sets, frames=frames)
print(json.dumps(report))
