"""The feedback CSV import refuses what is not CSV (naming the line), refuses NUL bytes naming the row and field,
and stores cells that a spreadsheet would run as formulas neutralised."""

import io

import pytest

from feedback.models import FeedbackItem

pytestmark = pytest.mark.django_db


def _upload(client, launch, content: bytes):
    file = io.BytesIO(content)
    file.name = "feedback.csv"
    return client.post("/api/v1/feedback-items/import/", {"launch": launch.pk, "file": file}, format="multipart")


@pytest.fixture
def office(world, client_for):
    client = client_for(world.office)
    client.raise_request_exception = False
    return client


def test_unterminated_quote_is_refused_naming_its_line(world, office):
    csv = (
        b"source,text,reported_by\n"
        b"survey,fine,ann\n"
        b'survey,"never closed,bob\n'
        b"survey,swallowed,carl\n"
        b"survey,also swallowed,dora\n"
    )
    response = _upload(office, world.launch, csv)
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid"
    assert "line 3" in body["message"]
    assert body["extra"]["line"] == 3
    assert "file" in body["extra"]["fields"]
    assert not FeedbackItem.objects.exists()


def test_text_after_a_closing_quote_is_refused_naming_its_line(world, office):
    csv = b'source,text\nsurvey,ok\nsurvey,"quoted"trailing\n'
    response = _upload(office, world.launch, csv)
    assert response.status_code == 400, response.content
    assert response.json()["extra"]["line"] == 3
    assert not FeedbackItem.objects.exists()


def test_quoted_cells_may_still_span_lines(world, office):
    csv = b'source,text\nsurvey,"first line\nsecond line"\nsurvey,next\n'
    response = _upload(office, world.launch, csv)
    assert response.status_code == 201, response.content
    assert set(FeedbackItem.objects.values_list("text", flat=True)) == {"first line\nsecond line", "next"}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        pytest.param("survey,pair\x00ing fails,ann", "text", id="text"),
        pytest.param("survey,pairing fails,a\x00nn", "reported_by", id="reported_by"),
        pytest.param("sur\x00vey,pairing fails,ann", "source", id="source"),
    ],
)
def test_nul_byte_in_a_cell_is_refused_naming_the_row_and_field(world, office, row, field):
    csv = f"source,text,reported_by\nsurvey,fine,ann\n{row}\n".encode()
    response = _upload(office, world.launch, csv)
    assert response.status_code == 400, response.content
    rows = response.json()["extra"]["rows"]
    assert [(r["row"], r["field"]) for r in rows] == [(3, field)]
    assert not FeedbackItem.objects.exists()


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("  =1+1", "'=1+1"),
        ("Fine text", "Fine text"),
        ("a = b", "a = b"),
    ],
)
def test_cells_a_spreadsheet_would_run_as_formulas_are_stored_neutralised(world, office, cell, stored):
    quoted = '"' + cell.replace('"', '""') + '"'
    csv = f"source,text,reported_by\nsurvey,{quoted},{quoted}\n".encode()
    response = _upload(office, world.launch, csv)
    assert response.status_code == 201, response.content
    item = FeedbackItem.objects.get()
    assert (item.text, item.reported_by) == (stored, stored)


@pytest.mark.parametrize("lead", ["\t", "\r"])
def test_cells_beginning_with_tab_or_carriage_return_and_a_formula_are_neutralised(world, office, lead):
    csv = f'source,text\nsurvey,"{lead}=1+1"\n'.encode()
    response = _upload(office, world.launch, csv)
    assert response.status_code == 201, response.content
    assert FeedbackItem.objects.get().text == "'=1+1"
