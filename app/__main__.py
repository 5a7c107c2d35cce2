"""`python -m app` starts the Ehrenamt 4.0 app (web-server mode without a display)."""

from app.main import run

if __name__ == "__main__":
    run()
