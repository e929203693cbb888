"""Plates and street scenes from ../shared/data/plates, split once into training and validation, and scenes composed
from them with the plate's box known. Used by scripts/train-locator.py to train the plate locator and by
bench/recognition.py to measure it on US-like scenes it never saw.

Validation: every fourth file of each set in name order, starting with the first (us-crops, eu-scenes, br-scenes and
street-negatives alike). Nothing of it is trained on.
"""
import glob
import os

import cv2
import numpy as np

VALIDATION_EVERY = 4
SETS = ('us-crops', 'eu-scenes', 'br-scenes', 'street-negatives')


def split(files):
    """(training, validation) of a set's files, by their place in name order."""
    files = sorted(files)
    return ([f for i, f in enumerate(files) if i % VALIDATION_EVERY != 0],
            [f for i, f in enumerate(files) if i % VALIDATION_EVERY == 0])


def pictures(data, name):
    return sorted(glob.glob(os.path.join(data, name, '*.jpg')) + glob.glob(os.path.join(data, name, '*.png')))


def boxed_scenes(files):
    """(picture, (x, y, w, h), plate text) of the scene files that have a box file beside them."""
    scenes = []
    for picture in files:
        box_file = os.path.splitext(picture)[0] + '.txt'
        if os.path.isfile(box_file):
            with open(box_file) as f:
                fields = f.read().split()
            scenes.append((picture, tuple(int(v) for v in fields[1:5]), ''.join(fields[5:]).upper()))
    return scenes


def crop_plates(data, files):
    """(picture, plate text, state) of us-crops files listed in its ground truth."""
    truth = {}
    with open(os.path.join(data, 'us-crops', 'groundtruth.csv')) as f:
        for line in f:
            fields = line.strip().split(',')
            if len(fields) == 3 and fields[0] != 'file':
                truth[fields[0]] = (fields[2].replace(' ', '').replace('-', '').upper(), fields[1].upper())
    return [(f, *truth[os.path.basename(f)]) for f in files if os.path.basename(f) in truth]


def plate_quad(rng, width, height, centre, tilt_degrees=6.0, skew=0.08):
    """The four corners, clockwise from top left, of a plate of this size seen slightly from the side and tilted."""
    w, h = width / 2, height / 2
    corners = np.array([[-w, -h], [w, -h], [w, h], [-w, h]], dtype=np.float64)
    # one side nearer the camera than the other: taller, by up to the skew
    near = 1 + rng.uniform(-skew, skew) * 2
    corners[[1, 2], 1] *= near
    corners += rng.uniform(-skew, skew, (4, 2)) * [width, height] * 0.5
    angle = np.radians(np.clip(rng.normal(0, tilt_degrees / 2), -tilt_degrees, tilt_degrees))
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return corners @ rotation.T + centre


def paste(canvas, plate, quad):
    """Pastes a plate picture (the same channels as the canvas) onto the canvas at the quadrilateral; returns the
    quadrilateral's upright box (x0, y0, x1, y1)."""
    width = max(2, int(round(np.linalg.norm(quad[1] - quad[0]))))
    height = max(2, int(round(np.linalg.norm(quad[3] - quad[0]))))
    # shrunk first by area, then warped: a 300 px plate warped straight to 30 px would alias
    small = cv2.resize(plate, (width, height), interpolation=cv2.INTER_AREA)
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    warp = cv2.getPerspectiveTransform(source, np.float32(quad))
    size = (canvas.shape[1], canvas.shape[0])
    warped = cv2.warpPerspective(small, warp, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    mask = cv2.warpPerspective(np.full((height, width), 255, np.uint8), warp, size, flags=cv2.INTER_LINEAR)
    alpha = (mask.astype(np.float32) / 255)
    if canvas.ndim == 3:
        alpha = alpha[:, :, None]
    canvas[:] = (canvas * (1 - alpha) + warped * alpha).astype(np.uint8)
    x0, y0 = quad.min(0)
    x1, y1 = quad.max(0)
    return max(0.0, x0), max(0.0, y0), min(size[0], x1), min(size[1], y1)


def cover(picture, width, height):
    """The picture scaled to cover width x height and cut to it at the centre."""
    scale = max(width / picture.shape[1], height / picture.shape[0])
    scaled = cv2.resize(picture, (int(np.ceil(picture.shape[1] * scale)), int(np.ceil(picture.shape[0] * scale))),
                        interpolation=cv2.INTER_LINEAR if scale > 1 else cv2.INTER_AREA)
    top = (scaled.shape[0] - height) // 2
    left = (scaled.shape[1] - width) // 2
    return scaled[top:top + height, left:left + width].copy()


def us_camera_scene(rng, plate, background, width=1280, height=720):
    """A camera-sized frame (colour JPEG-ready) with one US plate crop in it at a camera's plate sizes: 60 to 140 px
    wide, median about 90, anywhere in the lower two thirds, tilted by up to 4 degrees and seen a little from the side
    (one side up to 6% taller, as a plate 10 m away and 30 degrees off the camera's axis is seen, with room to spare);
    then a camera's blur and noise (the caller compresses it). Returns (frame, (x, y, w, h))."""
    frame = cover(background, width, height)
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    plate_width = float(np.clip(np.exp(rng.normal(np.log(90), 0.25)), 60, 140))
    plate_height = plate_width * plate.shape[0] / plate.shape[1]
    centre = np.array([rng.uniform(plate_width, width - plate_width), rng.uniform(height / 3, height - plate_height)])
    x0, y0, x1, y1 = paste(frame, plate, plate_quad(rng, plate_width, plate_height, centre, tilt_degrees=4, skew=0.03))
    if rng.random() < 0.5:
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.4, 1.0))
    frame = np.clip(frame + rng.normal(0, rng.uniform(1, 4), frame.shape), 0, 255).astype(np.uint8)
    return frame, (int(x0), int(y0), int(round(x1 - x0)), int(round(y1 - y0)))


CHARACTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
WORDS = ('PARKING', 'STOP', 'ONE WAY', 'NO TURN ON RED', 'SPEED LIMIT 35', 'EXIT', 'PHARMACY', 'OPEN', 'SALE',
         'MAIN ST', 'BUS ONLY', 'TOW AWAY ZONE', 'HOTEL', 'PIZZA', 'DELI', 'AUTO REPAIR', 'YIELD', 'LOADING ZONE')
STATES = ('CALIFORNIA', 'TEXAS', 'FLORIDA', 'Oklahoma', 'NEW YORK', 'Ohio', 'ILLINOIS', 'Georgia', 'ARIZONA',
          'Virginia', 'WASHINGTON', 'Colorado', 'Michigan', 'OREGON', 'Nevada', 'Kansas', 'UTAH', 'Missouri')


class Drawing:
    """Plates and decoys drawn in free typefaces."""

    def __init__(self, rng):
        self.rng = rng
        self.fonts = sorted(f for f in glob.glob('/usr/share/fonts/truetype/**/*.ttf', recursive=True)
                            if 'Math' not in f and 'Mono' not in f or 'Bold' in f)
        self.cache = {}

    def font(self, size):
        from PIL import ImageFont
        path = self.fonts[self.rng.integers(len(self.fonts))]
        key = (path, size)
        if key not in self.cache:
            self.cache[key] = ImageFont.truetype(path, size)
        return self.cache[key]

    def text(self, draw, box, words, shade):
        x0, y0, x1, y1 = box
        size = max(6, int((y1 - y0) * 0.9))
        font = self.font(size)
        left, top, right, bottom = draw.textbbox((0, 0), words, font=font)
        scale = min(1.0, (x1 - x0) / max(1, right - left))
        if scale < 1.0:
            font = type(font)(font.path, max(6, int(size * scale)))
            left, top, right, bottom = draw.textbbox((0, 0), words, font=font)
        draw.text(((x0 + x1 - right - left) / 2, (y0 + y1 - bottom - top) / 2), words, fill=int(shade), font=font)

    def plate(self):
        """A plate picture and its text."""
        from PIL import Image, ImageDraw
        rng = self.rng
        european = rng.random() < 0.3
        width, height = (520, 112) if european else (300, int(rng.uniform(140, 165)))
        light = rng.random() < 0.85
        ground = rng.integers(150, 256) if light else rng.integers(0, 90)
        ink = rng.integers(0, 90) if light else rng.integers(170, 256)
        picture = Image.new('L', (width, height), int(ground))
        draw = ImageDraw.Draw(picture)
        # faint artwork behind the characters, as many US plates carry
        for _ in range(rng.integers(0, 4)):
            x, y = rng.integers(0, width), rng.integers(0, height)
            r = rng.integers(10, height)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=int(np.clip(ground + rng.integers(-50, 50), 0, 255)))
        serial = ''.join(CHARACTERS[i] for i in rng.integers(0, len(CHARACTERS), rng.integers(5, 8)))
        if rng.random() < 0.4:
            cut = rng.integers(2, len(serial) - 1)
            serial = serial[:cut] + (' ' if rng.random() < 0.5 else '-') + serial[cut:]
        if european:
            draw.rectangle((0, 0, 44, height), fill=int(rng.integers(30, 110)))
            self.text(draw, (54, 12, width - 10, height - 12), serial, ink)
        else:
            self.text(draw, (12, int(height * 0.28), width - 12, int(height * 0.8)), serial, ink)
            self.text(draw, (30, 6, width - 30, int(height * 0.22)), STATES[rng.integers(len(STATES))], ink)
            if rng.random() < 0.6:
                self.text(draw, (40, int(height * 0.83), width - 40, height - 4), WORDS[rng.integers(len(WORDS))],
                          ink)
        if rng.random() < 0.7:
            draw.rectangle((2, 2, width - 3, height - 3), outline=int(ink), width=int(rng.integers(2, 6)))
        return np.array(picture), serial

    def decoy(self):
        """Something plate-like that is not a plate: a sign, a line of shop lettering, a grille."""
        from PIL import Image, ImageDraw
        rng = self.rng
        kind = rng.integers(3)
        if kind == 2:  # grille: stripes
            width, height = int(rng.uniform(200, 500)), int(rng.uniform(60, 160))
            picture = np.full((height, width), rng.integers(20, 120), np.uint8)
            pitch = int(rng.integers(6, 18))
            for y in range(0, height, pitch):
                picture[y:y + pitch // 2] = rng.integers(120, 230)
            if rng.random() < 0.5:
                picture = picture.T.copy()
            return picture
        words = ' '.join(WORDS[i] for i in rng.integers(0, len(WORDS), rng.integers(1, 3) if kind == 0 else 1))
        lines = 1 if kind == 0 else int(rng.integers(2, 4))
        width = int(rng.uniform(45, 70) * max(len(words), 4))
        height = 90 * lines
        light = rng.random() < 0.6
        picture = Image.new('L', (width, height), int(rng.integers(170, 256) if light else rng.integers(0, 90)))
        draw = ImageDraw.Draw(picture)
        for line in range(lines):
            self.text(draw, (10, line * 90 + 10, width - 10, line * 90 + 80),
                      words if line == 0 else WORDS[rng.integers(len(WORDS))],
                      rng.integers(0, 90) if light else rng.integers(170, 256))
        return np.array(picture)
