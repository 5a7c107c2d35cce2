"""View-models: screen state and logic, testable without Flet (views subscribe via app.ui.hooks.use_viewmodel)."""
