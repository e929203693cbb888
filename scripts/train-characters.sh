#!/usr/bin/env bash
# Rebuilds the character models the recogniser ships (alpr-recognition/src/main/resources/.../characters-N.onnx):
# CharacterTraining draws characters in free typefaces from Debian's packages, scripts/train-characters.py trains a
# small convolutional network on each of two draws with PyTorch and exports them for OpenCV's dnn module. Seeded: the same typefaces
# give the same samples, and the same samples the same model on the same machine. Takes about twenty minutes on two
# cores. Commit the models it writes together with any change to what the classifier sees.
#
# Usage: scripts/train-characters.sh [SAMPLES_PER_CLASS_AND_TYPEFACE [EPOCHS]]
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${1:-100}
epochs=${2:-12}

fonts=(fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-urw-base35 fonts-opendin fonts-roboto-unhinted
       fonts-open-sans fonts-freefont-ttf fonts-clear-sans fonts-lato fonts-b612 fonts-league-spartan fonts-croscore
       fonts-routed-gothic fonts-yanone-kaffeesatz fonts-cabin fonts-karla fonts-inter)
missing=()
for font in "${fonts[@]}"; do
  dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
bash scripts/training-python.sh

mvn -B -q -ntp -pl alpr-recognition -am package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the drawings live in the training source set, built with the tests and kept out of the jar
drawing="java -cp alpr-recognition/target/alpr-recognition.jar:alpr-recognition/target/test-classes org.platekeeper.recognition.training.CharacterTraining"
models=alpr-recognition/src/main/resources/org/platekeeper/recognition/classify
# validation samples come from a seed of their own, and the tests use seeds of their own again
$drawing "$work/validation.bin" 10 20261140
for member in 0 1; do  # CharacterClassifier.ENSEMBLE networks, each trained on its own draw of characters
  seed=$((20261130 + member))
  $drawing "$work/training.bin" "$samples" "$seed"
  python3 scripts/train-characters.py "$work/training.bin" "$work/validation.bin" "$models/characters-$member.onnx" \
    "$seed" "$epochs"
done
