"""Trains the whole-row plate reader the recogniser ships (alpr-recognition's RowReader) and writes it as an ONNX model
for OpenCV's dnn module.

The network reads the region the plate locator proposes, in grey, scaled to 40 x 128, as one row: a few
convolutions reduce it to 32 columns, each of which names a character or none, and CTC's best path reads the text
(repeats merged, blanks dropped). It learns from plates as a camera sees them in a street: the training part of
us-crops, plates cut out of the training photos of br-scenes and eu-scenes, and plates drawn in free typefaces, each
pasted into a piece of a street-negatives photo at 55 to 220 px wide, tilted a little, blurred, speckled and
JPEG-compressed, then cut out with the margins PlateRecognizer reads with, from a box off by as much as the
locator's. O is read as zero, as the character classifier reads it.

Validation (scripts/plate_scenes.py): the validation crops in validation backgrounds, drawn the same way with a seed
of their own; reported after every few epochs as exact rows.

Usage: python3 scripts/train-reader.py DATA_DIR MODEL SEED [EPOCHS [SAMPLES_PER_EPOCH]]
"""
import os
import sys
import time

import cv2
import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plate_scenes  # noqa: E402

ROWS, COLUMNS = 40, 128  # RowReader.ROWS, RowReader.COLUMNS
CLASSES = '0123456789ABCDEFGHIJKLMNPQRSTUVWXYZ'  # RowReader.CLASSES; output 0 is CTC's blank
MARGIN_X, MARGIN_Y = 0.08, 0.1  # PlateRecognizer.Window's margins
BATCH = 64


def label(text):
    text = text.replace(' ', '').replace('-', '').upper().replace('O', '0')
    return [CLASSES.index(c) + 1 for c in text if c in CLASSES]


def block(inputs, outputs, pool):
    layers = [nn.Conv2d(inputs, outputs, 3, padding=1, bias=False), nn.BatchNorm2d(outputs), nn.ReLU(inplace=True)]
    return layers + ([nn.MaxPool2d(pool)] if pool else [])


class RowReader(nn.Module):
    """Five 3x3 convolutions, pooled to 2 x 32, one that folds the two rows, two along the row for context (a
    character's neighbours tell a 0 from a D), and a 1x1 head naming each of the 32 columns."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(*block(1, 16, 2), *block(16, 32, 2), *block(32, 64, None),
                                      *block(64, 64, (2, 1)), *block(64, 96, (2, 1)),
                                      nn.Conv2d(96, 128, (2, 1), bias=False), nn.BatchNorm2d(128), nn.ReLU(inplace=True),
                                      nn.Conv2d(128, 128, (1, 3), padding=(0, 1), bias=False), nn.BatchNorm2d(128),
                                      nn.ReLU(inplace=True),
                                      nn.Conv2d(128, 128, (1, 3), padding=(0, 1), bias=False), nn.BatchNorm2d(128),
                                      nn.ReLU(inplace=True), nn.Dropout(0.2))
        self.head = nn.Conv2d(128, len(CLASSES) + 1, 1)

    def forward(self, rows):
        return self.head(self.features(rows))  # batch x classes x 1 x 32


class Exported(nn.Module):
    """What OpenCV runs: each column's chances."""

    def __init__(self, reader):
        super().__init__()
        self.reader = reader

    def forward(self, rows):
        return torch.softmax(self.reader(rows), 1)


def grey(path):
    return cv2.imread(path, cv2.IMREAD_GRAYSCALE)


class Plates:
    """Plates with their text, put in a street and cut out as the recogniser cuts them."""

    def __init__(self, data, rng, validation=False):
        self.rng = rng
        self.drawing = None if validation else plate_scenes.Drawing(rng)
        crops = plate_scenes.crop_plates(data, plate_scenes.split(plate_scenes.pictures(data, 'us-crops'))[validation])
        self.crops = [(grey(f), text) for f, text, _ in crops]
        self.backgrounds = [grey(f) for f in
                            plate_scenes.split(plate_scenes.pictures(data, 'street-negatives'))[validation]]
        self.cut = []
        if not validation:
            for name in ('br-scenes', 'eu-scenes'):
                training, _ = plate_scenes.split(plate_scenes.pictures(data, name))
                for picture, (x, y, w, h), text in plate_scenes.boxed_scenes(training):
                    image = grey(picture)
                    self.cut.append((image[y:y + h, x:x + w].copy(), text))

    def plate(self):
        draw = self.rng.random()
        if draw < 0.5 or self.drawing is None:
            return self.crops[self.rng.integers(len(self.crops))]
        if draw < 0.65:
            return self.cut[self.rng.integers(len(self.cut))]
        return self.drawing.plate()

    def sample(self, plate=None):
        rng = self.rng
        picture, text = plate or self.plate()
        width = float(np.exp(rng.uniform(np.log(55), np.log(220))))
        height = width * picture.shape[0] / picture.shape[1]
        side = (int(width * 2), int(height * 2.6))
        background = self.backgrounds[rng.integers(len(self.backgrounds))]
        canvas = plate_scenes.cover(background, *side)
        if rng.random() < 0.25:  # infrared at night: the street dark, the plate bright
            canvas = (canvas * rng.uniform(0.1, 0.5)).astype(np.uint8)
        centre = np.array(side, dtype=np.float64) / 2
        shade = rng.uniform(0.6, 1.15)
        shaded = np.clip(picture.astype(np.float32) * shade, 0, 255).astype(np.uint8)
        x0, y0, x1, y1 = plate_scenes.paste(canvas, shaded, plate_scenes.plate_quad(rng, width, height, centre,
                                                                                    tilt_degrees=4, skew=0.04))
        canvas = camera(rng, canvas)
        # the locator's box is off by a few per cent of the plate; the reader adds its margins to it
        w, h = x1 - x0, y1 - y0
        x0, x1 = x0 + rng.normal(0, 0.03) * w, x1 + rng.normal(0, 0.03) * w
        y0, y1 = y0 + rng.normal(0, 0.05) * h, y1 + rng.normal(0, 0.05) * h
        x0, x1 = max(0, int(x0 - MARGIN_X * w)), min(side[0], int(np.ceil(x1 + MARGIN_X * w)))
        y0, y1 = max(0, int(y0 - MARGIN_Y * h)), min(side[1], int(np.ceil(y1 + MARGIN_Y * h)))
        return row(canvas[y0:y1, x0:x1]), label(text)

    def batch(self, count):
        samples = [self.sample() for _ in range(count)]
        rows = torch.from_numpy(np.stack([s[0] for s in samples])[:, None])
        labels = [s[1] for s in samples]
        return rows, torch.tensor([c for l in labels for c in l]), torch.tensor([len(l) for l in labels])


def camera(rng, picture):
    """What a camera does to a picture: exposure, blur, noise, compression."""
    picture = picture.astype(np.float32) / 255
    picture = np.clip((picture ** rng.uniform(0.7, 1.4)) * rng.uniform(0.7, 1.15) + rng.uniform(-0.08, 0.1), 0, 1)
    picture = (picture * 255).astype(np.uint8)
    if rng.random() < 0.6:
        picture = cv2.GaussianBlur(picture, (0, 0), rng.uniform(0.3, 1.1))
    picture = np.clip(picture + rng.normal(0, rng.uniform(0, 6), picture.shape), 0, 255).astype(np.uint8)
    if rng.random() < 0.8:
        encoded = cv2.imencode('.jpg', picture, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(35, 92))])[1]
        picture = cv2.imdecode(encoded, cv2.IMREAD_GRAYSCALE)
    return picture


def row(region):
    """The region as RowReader gives it to the network."""
    area = region.shape[0] > ROWS
    return cv2.resize(region, (COLUMNS, ROWS), interpolation=cv2.INTER_AREA if area else cv2.INTER_LINEAR) \
        .astype(np.float32) / 255


def decoded(chances):
    """CTC's best path: the likeliest class of each column, repeats merged, blanks dropped."""
    best = chances.argmax(0)
    text = []
    previous = 0
    for c in best.tolist():
        if c != previous and c != 0:
            text.append(CLASSES[c - 1])
        previous = c
    return ''.join(text)


def validate(model, samples):
    model.eval()
    with torch.no_grad():
        rows = torch.from_numpy(np.stack([s[0] for s in samples])[:, None])
        chances = Exported(model)(rows)[:, :, 0]
    right = sum(decoded(c) == ''.join(CLASSES[i - 1] for i in s[1]) for c, s in zip(chances, samples))
    model.train()
    return 100 * right / len(samples)


def main(data, model_file, seed, epochs, per_epoch):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    torch.set_num_threads(2)
    plates = Plates(data, rng)
    checking = Plates(data, np.random.default_rng(seed + 1), validation=True)
    in_street = [checking.sample(plate) for plate in checking.crops]
    print(f'{len(plates.crops)} US crops, {len(plates.cut)} plates cut from real scenes in training; '
          f'{len(in_street)} validation crops in validation streets', flush=True)
    model = RowReader()
    steps = epochs * (per_epoch // BATCH)
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=2e-3, total_steps=steps, pct_start=0.15)
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    print(f'{sum(p.numel() for p in model.parameters())} parameters, {epochs} epochs of {per_epoch} samples',
          flush=True)
    for epoch in range(epochs):
        started = time.time()
        total = 0.0
        for _ in range(per_epoch // BATCH):
            rows, targets, lengths = plates.batch(BATCH)
            logits = model(rows)[:, :, 0]  # batch x classes x columns
            log_chances = logits.permute(2, 0, 1).log_softmax(2)
            loss = ctc(log_chances, targets, torch.full((len(rows),), log_chances.shape[0], dtype=torch.long),
                       lengths)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        line = f'epoch {epoch + 1}/{epochs}: loss {total / (per_epoch // BATCH):.3f}, {time.time() - started:.0f} s'
        if (epoch + 1) % 4 == 0 or epoch + 1 == epochs:
            line += f'; validation crops in streets: {validate(model, in_street):.1f}% exact'
        print(line, flush=True)
    model.eval()
    torch.onnx.export(Exported(model), torch.zeros(1, 1, ROWS, COLUMNS), model_file, input_names=['row'],
                      output_names=['chances'], dynamic_axes={'row': {0: 'rows'}, 'chances': {0: 'rows'}},
                      opset_version=13, dynamo=False)
    print(f'model written to {model_file}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 24,
         int(sys.argv[5]) if len(sys.argv) > 5 else 8192)
