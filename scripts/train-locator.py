"""Trains the plate locator the recogniser ships (alpr-recognition's PlateLocator) and writes it as an ONNX model for
OpenCV's dnn module.

The network sees a frame in grey, scaled to 640 px wide, and answers at every eighth pixel how likely a plate's
centre lies there (a heat map) and, there, the offset to the centre and the plate's width and height. It learns from
windows of 320 x 320 network pixels, drawn afresh every epoch:

- composed scenes: a street-negatives background (no plate in it) with one to three plates pasted in at a known box
  (US crops, plates cut out of the real scenes, plates drawn here in free typefaces), 20 to 200 network pixels wide
  (40 to 400 in a 1280 px frame), tilted and seen from the side, on a bumper-like band at times, beside decoys that
  are not plates (signs, lines of text, grille stripes); then night-like contrast, blur, noise and JPEG artefacts;
- the real scenes of br-scenes and eu-scenes around their boxed plate. Only one plate per photo is boxed, so the
  loss counts only near that car: another car's plate is neither taught as a plate nor as background.

Validation (scripts/plate_scenes.py): every fourth file of each set is left out, and the script reports on those real
scenes after training: the strongest peak's box, and any of the three strongest, covering the plate (IoU >= 0.5).
Seeded and single-process: the same data give the same model on the same machine.

Usage: python3 scripts/train-locator.py DATA_DIR MODEL SEED [EPOCHS [WINDOWS_PER_EPOCH]]
"""
import os
import sys
import time

import cv2
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plate_scenes  # noqa: E402

STRIDE = 8  # PlateLocator.STRIDE
INPUT_WIDTH = 640  # PlateLocator.INPUT_WIDTH: a frame is scaled to this width
SIDE = 320  # training windows, network pixels
GRID = SIDE // STRIDE
BATCH = 32
def convolution(inputs, outputs, stride=1, dilation=1):
    return [nn.Conv2d(inputs, outputs, 3, stride, padding=dilation, dilation=dilation, bias=False),
            nn.BatchNorm2d(outputs), nn.ReLU(inplace=True)]


class Locator(nn.Module):
    """Eight 3x3 convolutions: four down to an eighth of the frame, three more at a sixteenth for context (a plate
    on a bumper, not a sign on a wall), brought back up and merged with the finer ones; a 1x1 head answers heat,
    offset to the centre (x, y, in cells) and log width and height (in cells)."""

    def __init__(self):
        super().__init__()
        self.fine = nn.Sequential(*convolution(1, 12, 2), *convolution(12, 24, 2), *convolution(24, 48, 2),
                                  *convolution(48, 48))
        self.context = nn.Sequential(*convolution(48, 64, 2), *convolution(64, 64), *convolution(64, 64, dilation=2))
        self.merge = nn.Sequential(nn.Conv2d(112, 48, 1, bias=False), nn.BatchNorm2d(48), nn.ReLU(inplace=True),
                                   *convolution(48, 48))
        self.head = nn.Conv2d(48, 5, 1)
        with torch.no_grad():
            self.head.bias[0] = -2.2  # a plate centre is rare: start from a prior of about one cell in ten

    def forward(self, frame):
        fine = self.fine(frame)
        coarse = F.interpolate(self.context(fine), scale_factor=2.0, mode='nearest')
        return self.head(self.merge(torch.cat([fine, coarse], 1)))


class Exported(nn.Module):
    """What OpenCV runs: the heat as a probability."""

    def __init__(self, locator):
        super().__init__()
        self.locator = locator

    def forward(self, frame):
        out = self.locator(frame)
        return torch.cat([torch.sigmoid(out[:, :1]), out[:, 1:]], 1)


def grey(path):
    picture = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    if picture is None:
        raise SystemExit(f'cannot read {path}')
    return picture


class Windows:
    """Training windows with their targets, drawn by one seeded generator."""

    def __init__(self, data, rng):
        self.rng = rng
        self.drawing = plate_scenes.Drawing(rng)
        crops, _ = plate_scenes.split(plate_scenes.pictures(data, 'us-crops'))
        self.crops = [grey(f) for f in crops]
        backgrounds, _ = plate_scenes.split(plate_scenes.pictures(data, 'street-negatives'))
        self.backgrounds = [grey(f) for f in backgrounds]
        self.scenes = []
        self.cut_plates = []
        for name in ('br-scenes', 'eu-scenes'):
            training, _ = plate_scenes.split(plate_scenes.pictures(data, name))
            for picture, (x, y, w, h), _ in plate_scenes.boxed_scenes(training):
                image = grey(picture)
                self.scenes.append((image, (x, y, w, h)))
                self.cut_plates.append(image[y:y + h, x:x + w].copy())
        print(f'{len(self.crops)} US crops, {len(self.cut_plates)} real scenes, {len(self.backgrounds)} backgrounds '
              f'in training', flush=True)

    def plate(self):
        draw = self.rng.random()
        if draw < 0.45:
            return self.crops[self.rng.integers(len(self.crops))]
        if draw < 0.6:
            return self.cut_plates[self.rng.integers(len(self.cut_plates))]
        return self.drawing.plate()[0]

    def composed(self):
        rng = self.rng
        background = self.backgrounds[rng.integers(len(self.backgrounds))]
        scale = SIDE / min(background.shape) * rng.uniform(1.0, 2.2)
        scaled = cv2.resize(background, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR)
        top = rng.integers(0, scaled.shape[0] - SIDE + 1)
        left = rng.integers(0, scaled.shape[1] - SIDE + 1)
        canvas = scaled[top:top + SIDE, left:left + SIDE].copy()
        night = rng.random() < 0.25
        if night:  # infrared at night: a dark street, the reflective plate bright
            canvas = (canvas * rng.uniform(0.1, 0.45)).astype(np.uint8)
        for _ in range(rng.integers(0, 3)):
            decoy = self.drawing.decoy()
            width = float(np.exp(rng.uniform(np.log(24), np.log(220))))
            height = width * decoy.shape[0] / decoy.shape[1]
            if height < SIDE * 0.9:
                centre = rng.uniform([width / 2, height / 2], [SIDE - width / 2, SIDE - height / 2])
                plate_scenes.paste(canvas, decoy, plate_scenes.plate_quad(rng, width, height, centre))
        boxes = []
        for _ in range(rng.integers(1, 4) if rng.random() < 0.9 else 0):
            plate = self.plate()
            width = float(np.exp(rng.uniform(np.log(20), np.log(200))))
            height = width * plate.shape[0] / plate.shape[1]
            centre = rng.uniform([width / 2, height / 2], [SIDE - width / 2, SIDE - height / 2])
            box = (centre[0] - width / 2, centre[1] - height / 2, centre[0] + width / 2, centre[1] + height / 2)
            if any(_overlap(box, other) > 0 for other in boxes):
                continue
            if rng.random() < 0.4:  # a bumper or a boot lid around it
                band = np.full((int(height * rng.uniform(1.6, 3)), int(width * rng.uniform(1.5, 4))),
                               rng.integers(20, 230), np.uint8)
                plate_scenes.paste(canvas, band, plate_scenes.plate_quad(rng, band.shape[1], band.shape[0], centre))
            shade = rng.uniform(0.5, 1.2) if not night else rng.uniform(0.9, 1.3)
            shaded = np.clip(plate.astype(np.float32) * shade, 0, 255).astype(np.uint8)
            boxes.append(plate_scenes.paste(canvas, shaded, plate_scenes.plate_quad(rng, width, height, centre)))
        return canvas, boxes, np.ones((GRID, GRID), np.float32)

    def real(self):
        rng = self.rng
        image, (x, y, w, h) = self.scenes[rng.integers(len(self.scenes))]
        scale = INPUT_WIDTH / image.shape[1] * rng.uniform(0.6, 1.4)
        scale = min(scale, 220 / w)
        scaled = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        box = np.array([x, y, x + w, y + h]) * scale
        canvas = np.zeros((SIDE, SIDE), np.uint8)
        # a window holding the whole plate, somewhere in it
        left = int(rng.uniform(box[2] - SIDE, box[0]))
        top = int(rng.uniform(box[3] - SIDE, box[1]))
        sx0, sy0 = max(0, left), max(0, top)
        sx1, sy1 = min(scaled.shape[1], left + SIDE), min(scaled.shape[0], top + SIDE)
        canvas[sy0 - top:sy1 - top, sx0 - left:sx1 - left] = scaled[sy0:sy1, sx0:sx1]
        box = box - [left, top, left, top]
        # the loss counts near the boxed car only: other cars' plates in the photo are not boxed
        mask = np.zeros((GRID, GRID), np.float32)
        bw, bh = box[2] - box[0], box[3] - box[1]
        x0, x1 = int((box[0] - 1.5 * bw) // STRIDE), int((box[2] + 1.5 * bw) // STRIDE) + 1
        y0, y1 = int((box[1] - 4 * bh) // STRIDE), int((box[3] + 3 * bh) // STRIDE) + 1
        mask[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = 1
        return canvas, [tuple(box)], mask

    def camera(self, canvas):
        """What a camera does to a picture: exposure, blur, noise, compression."""
        rng = self.rng
        picture = canvas.astype(np.float32) / 255
        picture = picture ** rng.uniform(0.6, 1.6)
        picture = picture * rng.uniform(0.6, 1.2) + rng.uniform(-0.1, 0.15)
        picture = np.clip(picture * 255, 0, 255).astype(np.uint8)
        if rng.random() < 0.5:
            picture = cv2.GaussianBlur(picture, (0, 0), rng.uniform(0.3, 1.3))
        if rng.random() < 0.15:
            length = int(rng.integers(3, 8))
            kernel = np.zeros((length, length), np.float32)
            kernel[length // 2] = 1 / length
            picture = cv2.filter2D(picture, -1, kernel)
        picture = np.clip(picture + rng.normal(0, rng.uniform(0, 8), picture.shape), 0, 255).astype(np.uint8)
        if rng.random() < 0.7:
            encoded = cv2.imencode('.jpg', picture, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(25, 90))])[1]
            picture = cv2.imdecode(encoded, cv2.IMREAD_GRAYSCALE)
        if rng.random() < 0.5:  # a plate read mirrored is still a plate to find
            picture = picture[:, ::-1].copy()
            return picture, True
        return picture, False

    def batch(self, count):
        frames = np.zeros((count, 1, SIDE, SIDE), np.float32)
        heat = np.zeros((count, GRID, GRID), np.float32)
        box = np.zeros((count, 4, GRID, GRID), np.float32)
        weight = np.zeros((count, GRID, GRID), np.float32)
        mask = np.zeros((count, GRID, GRID), np.float32)
        for i in range(count):
            canvas, boxes, mask[i] = self.real() if self.rng.random() < 0.3 else self.composed()
            picture, mirrored = self.camera(canvas)
            if mirrored:
                boxes = [(SIDE - x1, y0, SIDE - x0, y1) for x0, y0, x1, y1 in boxes]
                mask[i] = mask[i][:, ::-1]
            frames[i, 0] = picture.astype(np.float32) / 255
            targets(boxes, heat[i], box[i], weight[i])
        return [torch.from_numpy(a) for a in (frames, heat, box, weight, mask)]


def _overlap(a, b):
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def targets(boxes, heat, box, weight):
    """CenterNet's targets: a Gaussian of the plate's size about its centre cell (1 there), and at the cells near
    the centre the offset to it and the plate's log size, weighted by the Gaussian."""
    rows, cols = np.mgrid[0:GRID, 0:GRID].astype(np.float32) + 0.5
    for x0, y0, x1, y1 in boxes:
        cx, cy = (x0 + x1) / 2 / STRIDE, (y0 + y1) / 2 / STRIDE
        w, h = max(x1 - x0, 2) / STRIDE, max(y1 - y0, 2) / STRIDE
        if not (0 <= cx < GRID and 0 <= cy < GRID):
            continue
        g = np.exp(-((cols - cx) ** 2 / (2 * max(0.5, w / 6) ** 2) + (rows - cy) ** 2 / (2 * max(0.5, h / 6) ** 2)))
        g[int(cy), int(cx)] = 1
        np.maximum(heat, g, out=heat)
        near = g > 0.3
        box[0][near] = (cx - cols)[near]
        box[1][near] = (cy - rows)[near]
        box[2][near] = np.log(w)
        box[3][near] = np.log(h)
        weight[near] = np.maximum(weight[near], g[near])


def loss_of(out, heat, box, weight, mask):
    logits = out[:, 0]
    probability = torch.sigmoid(logits).clamp(1e-4, 1 - 1e-4)
    centre = heat.eq(1).float()
    positive = -F.logsigmoid(logits) * (1 - probability) ** 2 * centre
    negative = -F.logsigmoid(-logits) * probability ** 2 * (1 - heat) ** 4 * (1 - centre)
    centres = (centre * mask).sum().clamp(min=1)
    heat_loss = ((positive + negative) * mask).sum() / centres
    size_weight = weight * mask
    size_loss = (F.smooth_l1_loss(out[:, 1:], box, reduction='none').sum(1) * size_weight).sum() \
        / size_weight.sum().clamp(min=1)
    return heat_loss + size_loss


def peaks(out, count=3, threshold=0.05):
    """The strongest local maxima of the heat as boxes (x0, y0, x1, y1) in network pixels, strongest first."""
    heat = out[0]
    local = F.max_pool2d(heat[None, None], 3, 1, 1)[0, 0]
    rows, cols = torch.nonzero((heat == local) & (heat > threshold), as_tuple=True)
    order = heat[rows, cols].argsort(descending=True)[:count]
    found = []
    for i in order.tolist():
        r, c = rows[i].item(), cols[i].item()
        cx, cy = (c + 0.5 + out[1, r, c].item()) * STRIDE, (r + 0.5 + out[2, r, c].item()) * STRIDE
        w, h = np.exp(out[3, r, c].item()) * STRIDE, np.exp(out[4, r, c].item()) * STRIDE
        found.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, heat[r, c].item()))
    return found


def iou(a, b):
    inter = _overlap(a, b)
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def network_frame(image):
    """A frame as PlateLocator gives it to the network: scaled to 640 px wide, padded to a multiple of 16."""
    scale = INPUT_WIDTH / image.shape[1]
    scaled = cv2.resize(image, (INPUT_WIDTH, int(round(image.shape[0] * scale))),
                        interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    rows = -(-scaled.shape[0] // 16) * 16
    padded = np.zeros((rows, INPUT_WIDTH), np.uint8)
    padded[:scaled.shape[0]] = scaled
    return torch.from_numpy(padded.astype(np.float32) / 255)[None, None], scale


def validate(model, data):
    model.eval()
    report = []
    with torch.no_grad():
        for name in ('br-scenes', 'eu-scenes'):
            _, validation = plate_scenes.split(plate_scenes.pictures(data, name))
            scenes = plate_scenes.boxed_scenes(validation)
            first = anywhere = 0
            for picture, (x, y, w, h), _ in scenes:
                frame, scale = network_frame(grey(picture))
                found = peaks(Exported(model)(frame)[0])
                truth = (x * scale, y * scale, (x + w) * scale, (y + h) * scale)
                hits = [iou(f[:4], truth) >= 0.5 for f in found]
                first += bool(hits) and hits[0]
                anywhere += any(hits)
            report.append(f'{name}: {100 * first / len(scenes):.0f}% first, {100 * anywhere / len(scenes):.0f}% '
                          f'of three ({len(scenes)} validation photos)')
    model.train()
    return '; '.join(report)


def main(data, model_file, seed, epochs, per_epoch):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    cv2.setRNGSeed(seed)
    torch.set_num_threads(2)
    windows = Windows(data, rng)
    model = Locator()
    steps = epochs * (per_epoch // BATCH)
    optimiser = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=3e-3, total_steps=steps, pct_start=0.15)
    print(f'{sum(p.numel() for p in model.parameters())} parameters, {epochs} epochs of {per_epoch} windows',
          flush=True)
    for epoch in range(epochs):
        started = time.time()
        total = 0.0
        for _ in range(per_epoch // BATCH):
            frames, heat, box, weight, mask = windows.batch(BATCH)
            loss = loss_of(model(frames), heat, box, weight, mask)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        line = f'epoch {epoch + 1}/{epochs}: loss {total / (per_epoch // BATCH):.3f}, {time.time() - started:.0f} s'
        if (epoch + 1) % 5 == 0 or epoch + 1 == epochs:
            line += '; ' + validate(model, data)
        print(line, flush=True)
    model.eval()
    torch.onnx.export(Exported(model), torch.zeros(1, 1, 368, INPUT_WIDTH), model_file, input_names=['frame'],
                      output_names=['plates'], dynamic_axes={'frame': {2: 'rows'}, 'plates': {2: 'cells'}},
                      opset_version=13, dynamo=False)
    print(f'model written to {model_file}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 20,
         int(sys.argv[5]) if len(sys.argv) > 5 else 2048)
