"""The chart's theme colours stay apart for colour-blind readers, on screen and in print."""

import itertools
import math

import pytest

from core.signals.chart import THEME_COLOURS

# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
SIMULATIONS = {
    "normal": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}
# CIELAB distance; about 10 is where bars side by side are told apart at a glance.
ENOUGH_APART = 12


def linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def lab(rgb: list[float]) -> tuple[float, float, float]:
    x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.9505
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.089

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(colour: str, matrix) -> tuple[float, float, float]:
    rgb = [linear(int(colour[i:i + 2], 16)) for i in (1, 3, 5)]
    simulated = [min(1.0, max(0.0, sum(matrix[row][k] * rgb[k] for k in range(3))))
                 for row in range(3)]
    return lab(simulated)


def closest_pair(colours: list[str], matrix) -> float:
    return min(math.dist(seen(a, matrix), seen(b, matrix))
               for a, b in itertools.combinations(colours, 2))


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_ten_themes_have_colours_that_stay_apart(vision):
    assert len(set(THEME_COLOURS)) == 10
    assert closest_pair(THEME_COLOURS, SIMULATIONS[vision]) >= ENOUGH_APART


def test_the_check_catches_colours_that_merge():
    """The earlier palette: its teal and plum merge for a protanope."""
    assert closest_pair(["#1F5C6B", "#8E5572"], SIMULATIONS["protanopia"]) < ENOUGH_APART
    assert closest_pair(["#1F5C6B", "#8E5572"], SIMULATIONS["normal"]) >= ENOUGH_APART
