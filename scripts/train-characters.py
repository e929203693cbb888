"""Trains the character classifier the recogniser ships, from the samples CharacterTraining draws, and writes it as an
ONNX model that OpenCV's dnn module runs (alpr-recognition's CharacterClassifier).

Each sample is one byte for its class followed by a 32x32 square of ink, row by row (see CharacterTraining). The
network is small on purpose: a plate's characters are read several times over, once per way of cutting the plate, and
a 1280x720 frame must be read in well under 120 ms of one core. Seeded and single-process, so the same samples give
the same model on the same machine.

Usage: python3 scripts/train-characters.py TRAINING_SAMPLES VALIDATION_SAMPLES MODEL SEED [EPOCHS]
"""
import sys
import time

import numpy as np
import torch
from torch import nn

SIDE = 32
CLASSES = 36  # 35 characters (O is read as zero) and one for shapes that are not characters
BATCH = 256


def samples(path):
    raw = np.fromfile(path, dtype=np.uint8).reshape(-1, 1 + SIDE * SIDE)
    images = torch.from_numpy(raw[:, 1:].reshape(-1, 1, SIDE, SIDE).astype(np.float32) / 255)
    return images, torch.from_numpy(raw[:, 0].astype(np.int64))


def convolution(inputs, outputs):
    return [nn.Conv2d(inputs, outputs, 3, padding=1, bias=False), nn.BatchNorm2d(outputs), nn.ReLU(), nn.MaxPool2d(2)]


def network():
    """Three convolutions halving the square each time (32, 16, 8, 4 pixels), then two fully connected layers."""
    return nn.Sequential(*convolution(1, 16), *convolution(16, 32), *convolution(32, 64), nn.Flatten(), nn.Dropout(0.3),
                         nn.Linear(64 * 4 * 4, 128), nn.ReLU(), nn.Linear(128, CLASSES + 1))


def main(training, validation, model_file, seed, epochs):
    torch.manual_seed(seed)
    generator = np.random.default_rng(seed)
    torch.set_num_threads(2)
    images, labels = samples(training)
    check_images, check_labels = samples(validation)
    model = network()
    optimiser = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=3e-3,
                                                   total_steps=epochs * ((len(images) + BATCH - 1) // BATCH))
    loss_of = nn.CrossEntropyLoss(label_smoothing=0.05)
    print(f'{len(images)} training samples, {len(check_images)} to check, '
          f'{sum(p.numel() for p in model.parameters())} parameters', flush=True)
    for epoch in range(epochs):
        started = time.time()
        model.train()
        order = torch.randperm(len(images))
        for first in range(0, len(images), BATCH):
            batch = order[first:first + BATCH]
            # the cutter's box is not always tight around the ink: shift a batch by up to two pixels
            dy, dx = (int(d) for d in generator.integers(-2, 3, 2))
            loss = loss_of(model(torch.roll(images[batch], (dy, dx), (2, 3))), labels[batch])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        model.eval()
        with torch.no_grad():
            right = (model(check_images).argmax(1) == check_labels).float().mean().item()
        print(f'epoch {epoch + 1}/{epochs}: {100 * right:.2f}% of the check samples right, '
              f'{time.time() - started:.0f} s', flush=True)
    torch.onnx.export(model, torch.zeros(1, 1, SIDE, SIDE), model_file, input_names=['ink'], output_names=['scores'],
                      dynamic_axes={'ink': {0: 'characters'}, 'scores': {0: 'characters'}}, opset_version=13,
                      dynamo=False)
    print(f'model written to {model_file}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 10)
