"""Pure functions that turn written numbers, times and distances into values."""
