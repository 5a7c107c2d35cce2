"""Flet 1.0 views: declarative `@ft.component`s, one per file, kept thin over app.viewmodels."""
