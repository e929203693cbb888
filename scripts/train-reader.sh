#!/usr/bin/env bash
# Rebuilds the whole-row plate reader the recogniser ships (alpr-recognition/src/main/resources/.../classify/
# row-reader.onnx): scripts/train-reader.py puts the plates of ../shared/data/plates (the training part of us-crops,
# plates cut out of the training scenes) and plates it draws into street photos as a camera sees them, and trains a
# small convolutional network with CTC on them with PyTorch. Every fourth file of each set is kept out of training
# (scripts/plate_scenes.py). Seeded: the same data give the same model on the same machine. Takes about twenty minutes
# on two cores. Commit the model it writes together with any change to what RowReader gives the network.
#
# Usage: scripts/train-reader.sh [EPOCHS [SAMPLES_PER_EPOCH]]
set -euo pipefail
cd "$(dirname "$0")/.."
epochs=${1:-24}
samples=${2:-8192}
data=../shared/data/plates
[ -d "$data/us-crops" ] || { echo "no training data at $data" >&2; exit 1; }
bash scripts/training-python.sh
python3 scripts/train-reader.py "$data" \
  alpr-recognition/src/main/resources/org/platekeeper/recognition/classify/row-reader.onnx 20261202 "$epochs" "$samples"
