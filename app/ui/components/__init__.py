"""Reusable building blocks of the shell and the views, one component per module."""
