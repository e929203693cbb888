#!/usr/bin/env bash
# Installs what the training scripts need in Python, once: the CPU build of PyTorch, onnx to write the models, and
# OpenCV's Python build and Pillow to compose and draw the scenes. Pinned, so a model retrained later is trained alike.
set -euo pipefail
python3 -c 'import torch, onnx, cv2, PIL' 2>/dev/null \
  || python3 -m pip install --quiet --extra-index-url https://download.pytorch.org/whl/cpu torch==2.13.0 onnx==1.23.1 \
       opencv-python-headless==5.0.0.93 pillow==12.3.0
