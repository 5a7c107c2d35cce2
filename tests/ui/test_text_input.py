"""TextInput keeps what was typed when the page re-renders between the text arriving and its change event, and
still shows what the view-model sets by itself (a cleared password, an emptied invite field)."""

from __future__ import annotations

import flet as ft

from app.ui.components.text_input import TextInput, shown_text
from tests.ui.flet_session import FletSession


class Form:
    """A view-model with one value and a way to re-render the form for another reason (e.g. a sync finishing)."""

    def __init__(self, field) -> None:
        self.field = field  # TextInput or ft.TextField
        self.value = ""
        self.rerender = None

    def component(self):
        @ft.component
        def FormView() -> ft.Control:
            tick, set_tick = ft.use_state(0)
            self.rerender = lambda: set_tick(tick + 1)

            def changed(e) -> None:
                self.value = e.control.value or ""

            return ft.Column(spacing=8 + tick % 2,
                             controls=[self.field(label="Benutzername", value=self.value, on_change=changed)])

        return FormView


async def _type_during_rerender(field) -> tuple[Form, FletSession]:
    form = Form(field)
    app = FletSession(form.component())
    box = app.control(ft.TextField, "Benutzername")
    app.type(box, "lena.vogt")
    form.rerender()  # the re-render runs before the change event's task
    await app.settle()
    await app.event(app.control(ft.TextField, "Benutzername"), "change", "lena.vogt")
    return form, app


async def test_a_plain_text_field_loses_text_typed_during_a_rerender():
    """The flake this component removes: the view-model's older value is sent back over the typed text."""
    form, app = await _type_during_rerender(ft.TextField)
    assert app.values_sent() == [""]
    assert form.value == ""


async def test_text_typed_during_a_rerender_reaches_the_view_model_and_stays_on_screen():
    form, app = await _type_during_rerender(TextInput)
    assert app.values_sent() == []  # nothing overwrites what the browser shows
    assert form.value == "lena.vogt"
    assert app.control(ft.TextField, "Benutzername").value == "lena.vogt"


async def test_a_value_the_view_model_sets_itself_is_shown():
    form, app = await _type_during_rerender(TextInput)
    form.value = ""  # e.g. the password after a failed login
    form.rerender()
    await app.settle()
    assert app.values_sent() == [""]
    assert app.control(ft.TextField, "Benutzername").value == ""


async def test_typing_after_the_view_model_set_a_value_is_kept_again():
    form, app = await _type_during_rerender(TextInput)
    form.value = ""
    form.rerender()
    await app.settle()
    app.type(app.control(ft.TextField, "Benutzername"), "jonas.kruse")
    form.rerender()
    await app.settle()
    assert app.values_sent() == []
    await app.event(app.control(ft.TextField, "Benutzername"), "change", "jonas.kruse")
    assert form.value == "jonas.kruse"


async def test_an_async_change_handler_is_awaited():
    received: list[str] = []

    async def changed(e) -> None:
        received.append(e.control.value)

    @ft.component
    def View() -> ft.Control:
        return TextInput(label="Suche", value="", on_change=changed)

    app = FletSession(View)
    box = app.control(ft.TextField, "Suche")
    app.type(box, "Chor")
    await app.event(box, "change", "Chor")
    assert received == ["Chor"]


async def _message_appears_above(keyed: bool) -> tuple[tuple[int, int], tuple[int, int], str]:
    """Ids of the field and the button before and after a message appears above them, and the field's text."""
    show: list = []

    @ft.component
    def View() -> ft.Control:
        message, set_message = ft.use_state(False)
        show.append(lambda: set_message(True))
        controls: list[ft.Control] = [ft.Text("Neuer Kontakt")]
        if message:
            controls.append(ft.Text("Ihr Entwurf wurde wiederhergestellt."))
        controls += [ft.Row(key="row-name" if keyed else None, controls=[TextInput(label="Name", value="")]),
                     ft.Row(key="actions" if keyed else None, controls=[ft.FilledButton("Speichern")])]
        return ft.Column(controls)

    app = FletSession(View)
    before = (app.control(ft.TextField, "Name")._i, app.control(ft.FilledButton)._i)
    app.type(app.control(ft.TextField, "Name"), "Anna")
    show[-1]()
    await app.settle()
    field = app.control(ft.TextField, "Name")
    return before, (field._i, app.control(ft.FilledButton)._i), field.value


async def test_unkeyed_controls_below_a_new_message_are_made_anew_and_lose_the_text():
    """Why the forms key their fields and buttons: without a key the browser gets new controls (no focus, no
    text, a tap on the old button goes nowhere)."""
    before, after, text = await _message_appears_above(keyed=False)
    assert before[0] != after[0] and before[1] != after[1]
    assert text == ""


async def test_keyed_controls_keep_their_identity_and_text_when_a_message_appears_above():
    before, after, text = await _message_appears_above(keyed=True)
    assert before == after
    assert text == "Anna"


def test_first_render_shows_the_model():
    assert shown_text("Anna", "Anna", None) == "Anna"


def test_typed_text_wins_while_the_model_has_not_caught_up():
    assert shown_text("", "", "lena.vo") == "lena.vo"


def test_a_change_of_the_model_of_its_own_wins_over_typed_text():
    assert shown_text("", "falsch", "falsch") == ""
    assert shown_text("Entwurf von gestern", "", "") == "Entwurf von gestern"
