"""Helpers for the VAE course: data, plots, checks and runtime settings shared by every notebook.

Nothing here solves an exercise that is graded in the notebook that imports it.
"""
