#!/usr/bin/env bash
# Rebuilds the plate locator the recogniser ships (alpr-recognition/src/main/resources/.../locate/locator.onnx):
# scripts/train-locator.py composes street scenes with plates in them from ../shared/data/plates, adds the real scenes
# there, trains a small convolutional network on them with PyTorch and exports it for OpenCV's dnn module. Every fourth
# file of each set is kept out of training (scripts/plate_scenes.py) and bench/recognition.py measures on those.
# Seeded: the same data give the same model on the same machine. Takes about fifteen minutes on two cores. Commit the
# model it writes together with any change to what PlateLocator gives the network or reads from it.
#
# Usage: scripts/train-locator.sh [EPOCHS [WINDOWS_PER_EPOCH]]
set -euo pipefail
cd "$(dirname "$0")/.."
epochs=${1:-20}
windows=${2:-2048}
data=../shared/data/plates
[ -d "$data/street-negatives" ] || { echo "no training data at $data" >&2; exit 1; }
bash scripts/training-python.sh
python3 scripts/train-locator.py "$data" \
  alpr-recognition/src/main/resources/org/platekeeper/recognition/locate/locator.onnx 20261201 "$epochs" "$windows"
