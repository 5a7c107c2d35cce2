"""The ``ehrenamt`` command line (foundation tools over the local replica). Entry point: app.cli.main:main."""
