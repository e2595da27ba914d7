"""Qt item models over core's results."""
