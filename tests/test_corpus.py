"""Corpus readers: every format, and a clear error naming the input for every kind of bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from loaders.corpus import CorpusError, read_corpus


def write(path: Path, data: str | bytes) -> Path:
    """Write text or bytes to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


def test_folder_with_sidecars_and_manifest(tmp_path: Path) -> None:
    write(tmp_path / "c" / "a1.txt", "Title line\r\nBody about Aleppo.\r\n")
    write(tmp_path / "c" / "a1.json", json.dumps({"title": "Real title", "date": "2016-12-09", "publisher": "Reuters"}))
    write(tmp_path / "c" / "b2.txt", "Second\nText.")
    write(tmp_path / "c" / "corpus.json", json.dumps({"name": "My Corpus", "license": "CC BY 4.0"}))
    info, report = read_corpus(tmp_path / "c")
    assert info.name == "my-corpus" and info.license == "CC BY 4.0"
    first, second = report.articles
    assert first.identifier == "a1" and first.title == "Real title"
    assert first.body == "Title line\r\nBody about Aleppo.\r\n"  # exactly as read, line ends kept
    assert first.published == date(2016, 12, 9) and first.publisher == "Reuters"
    assert second.title == "Second" and second.published is None and second.publisher is None


def test_csv_with_fakes_columns(tmp_path: Path) -> None:
    csv_text = (
        "unit_id,article_title,article_content,source,date,location,labels\n"
        '7,Clashes in Hama,"Fighting near Hama killed 4 people said the monitor.",reuters,3/14/2016,hama,1\n'
    )
    info, report = read_corpus(write(tmp_path / "fakes.csv", csv_text))
    (article,) = report.articles
    assert (article.identifier, article.publisher, article.published) == ("7", "reuters", date(2016, 3, 14))
    assert dict(article.extra) == {"location": "hama", "labels": "1"}
    assert info.name == "fakes"


def test_csv_repeated_ids(tmp_path: Path) -> None:
    header = "unit_id,article_title,article_content,source,date,location,labels\n"
    rows = "1,T,Same text,sana,1/2/2015,x,1\n1,T,Same text,sana,1/2/2015,x,1\n1,T,Other text,sana,1/2/2015,x,1\n"
    _, report = read_corpus(write(tmp_path / "d.csv", header + rows))
    assert [a.identifier for a in report.articles] == ["1", "1.2"]
    assert len(report.notices) == 2 and "skipped" in report.notices[0]


def test_jsonl(tmp_path: Path) -> None:
    lines = json.dumps({"id": "x1", "text": "Shelling in Idlib.", "title": "T", "date": "2018-02-01"}) + "\n\n"
    _, report = read_corpus(write(tmp_path / "j.jsonl", lines))
    assert report.articles[0].published == date(2018, 2, 1)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", "", "empty article"),
        ("blank.txt", "  \n\n", "empty article"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("latin1.txt", "Caf\xe9 in Homs".encode("latin-1"), "not UTF-8 text (invalid byte 0xe9 at byte offset 3)"),
    ],
)
def test_bad_articles_are_named(tmp_path: Path, name: str, content: str | bytes, expected: str) -> None:
    write(tmp_path / "c" / "good.txt", "Good\nText about Raqqa.")
    bad = write(tmp_path / "c" / name, content)
    with pytest.raises(CorpusError) as info:
        read_corpus(tmp_path / "c")
    assert str(bad) in str(info.value) and expected in str(info.value)
    _, report = read_corpus(tmp_path / "c", keep_going=True)
    assert [a.identifier for a in report.articles] == ["good"]
    assert len(report.errors) == 1 and expected in str(report.errors[0])


def test_bad_sidecar_is_named_with_line_and_column(tmp_path: Path) -> None:
    write(tmp_path / "c" / "a.txt", "Title\nText.")
    write(tmp_path / "c" / "a.json", '{"title": "x",\n "date": }')
    with pytest.raises(CorpusError, match=r"a\.json: not valid JSON: .* line 2, column 10"):
        read_corpus(tmp_path / "c")


def test_bad_sidecar_date(tmp_path: Path) -> None:
    write(tmp_path / "c" / "a.txt", "Title\nText.")
    write(tmp_path / "c" / "a.json", '{"date": "09/12/2016"}')
    with pytest.raises(CorpusError, match=r"field 'date': date '09/12/2016' is not written YYYY-MM-DD"):
        read_corpus(tmp_path / "c")


def test_a_json_lines_record_without_a_text_key_names_the_keys_it_has(tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", '{"id": "a", "text": "Shelling in Aleppo."}\n{"id": "b", "body": "Shelling."}\n')
    _, report = read_corpus(path, keep_going=True)
    assert [a.identifier for a in report.articles] == ["a"]
    assert [str(e) for e in report.errors] == [f"{path}#line=2: no key 'text'; the record has keys ['body', 'id']"]


def test_bad_sidecar_url(tmp_path: Path) -> None:
    write(tmp_path / "c" / "a.txt", "Title\nText.")
    write(tmp_path / "c" / "a.json", '{"url": "www.example.org/a story"}')
    with pytest.raises(CorpusError, match=r"a\.json: field 'url'.*not an absolute URL"):
        read_corpus(tmp_path / "c")


def test_bad_csv_row_is_named(tmp_path: Path) -> None:
    text = (
        "unit_id,article_title,article_content,source,date,location,labels\n"
        "1,T,,sana,1/2/2015,x,1\n2,T,Ok,sana,13/40/2015,x,1\n"
    )
    path = write(tmp_path / "r.csv", text)
    _, report = read_corpus(path, keep_going=True)
    messages = [str(e) for e in report.errors]
    assert any("#row=1" in m and "empty article" in m for m in messages)
    assert any("#row=2" in m and "date '13/40/2015' is not written M/D/YYYY (month first)" in m for m in messages)


def test_missing_csv_column(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="missing column"):
        read_corpus(write(tmp_path / "x.csv", "id,title\n1,T\n"))


def test_unknown_format_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="unknown corpus format"):
        read_corpus(write(tmp_path / "x.pdf", "x"))
    with pytest.raises(CorpusError, match="no such file"):
        read_corpus(tmp_path / "nowhere")
