#!/usr/bin/env bash
# Rebuilds the character models the recogniser ships (alpr-recognition/src/main/resources/.../characters-N.yml.gz) from
# characters it renders in free typefaces from Debian's packages. Seeded: the same typefaces give the same models.
# Takes about ten minutes on one core. Commit the models it writes together with any change to the features.
set -euo pipefail
cd "$(dirname "$0")/.."

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

mvn -B -q -ntp -pl alpr-recognition -am package -DskipTests
java -cp alpr-recognition/target/alpr-recognition.jar org.platekeeper.recognition.CharacterTraining \
  alpr-recognition/src/main/resources/org/platekeeper/recognition "$@"
