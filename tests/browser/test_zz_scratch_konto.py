import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_scratch(ui, viewport):
    ui.open("/profil")
    ui.expect_heading("Profil und Einstellungen")
    ui.screenshot("profil-visitor")
    ui.page.get_by_role("textbox", name="Benutzername").fill("monika.peters")
    ui.page.get_by_role("textbox", name="Passwort").fill("demo-lotse-1")
    ui.page.get_by_role("button", name="Anmelden").click()
    expect(ui.page.get_by_text("Angemeldet als Monika Peters (monika.peters)")).to_be_visible(timeout=20000)
    ui.screenshot("profil-signed-in")
    ui.nav_item("Start").click()
    ui.expect_heading("Willkommen bei Ehrenamt 4.0")
    ui.page.wait_for_timeout(2000)
    ui.screenshot("start-signed-in")
    ui.open("/konflikte")
    ui.expect_heading("Konflikte")
    ui.screenshot("konflikte")
    ui.open("/barrierefreiheit")
    ui.page.wait_for_timeout(1000)
    ui.screenshot("barrierefreiheit")
    ui.open("/start")
    ui.page.wait_for_timeout(2000)
    ui.screenshot("start-after-reload")
    ui.assert_controls_accessible()
