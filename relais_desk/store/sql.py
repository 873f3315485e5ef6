"""Small SQL helpers that differ by dialect."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, String, cast, func, literal_column, type_coerce
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignore(session: Session, table: Any, rows: list[dict[str, Any]], conflict_cols: list[str]) -> int:
    """INSERT … ON CONFLICT (cols) DO NOTHING; returns how many rows were inserted."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    mod = postgresql if dialect == "postgresql" else sqlite
    # RETURNING counts what was really inserted: executemany rowcounts are unreliable on psycopg.
    stmt = mod.insert(table).on_conflict_do_nothing(index_elements=conflict_cols).returning(table.id)
    result = session.connection().execute(stmt, rows)
    return len(result.all())


def catch_up_ids(conn: Any, tables: list[Any]) -> None:
    """After rows were inserted with explicit ids (bulk loads), make PostgreSQL's id sequences follow.

    SQLite picks max(id) + 1 by itself; PostgreSQL would hand out ids that already exist.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        name = table.__tablename__
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) "
            f"FROM {name}")


def json_document(dialect: str, column: Any) -> Any:
    """A JSON object stored as text, ready for `json_text` (parsed once per row on PostgreSQL)."""
    return cast(column, postgresql.JSONB) if dialect == "postgresql" else column


def json_text(dialect: str, document: Any, key: str) -> Any:
    """The value of `key` in a `json_document` (NULL when absent): text on PostgreSQL, the JSON's own type on
    SQLite; cast it to the type wanted."""
    if dialect == "postgresql":
        return document[key].astext
    return func.json_extract(document, f"$.{key}")


def json_values(dialect: str, document: Any, keys: tuple[str, ...]) -> Any:
    """The values of `keys` in a `json_document` as the text of one JSON array (null where a key is absent):
    the document is read once per row by the database, and the array once by the caller (orjson), instead of
    one value per key (a board at a past moment brought back six per row)."""
    if dialect == "postgresql":
        return cast(func.jsonb_build_array(*[document[k] for k in keys]), String)
    return func.json_extract(document, *[f"$.{k}" for k in keys])


def period_start(dialect: str, night: Any, group: str) -> Any:
    """The first night of `night`'s period (a date): itself for "day", its week's Monday for "week", the 1st of
    its month for "month", as `services.stats.period_key` says, computed by the database so that a year of
    shelter-nights is summed there per period rather than sent night by night."""
    if group not in ("day", "week", "month"):
        raise ValueError(f"unknown period: {group!r}")
    if group == "day":
        return night
    if dialect == "postgresql":
        return cast(func.date_trunc(literal_column(f"'{group}'"), night), Date)  # ISO weeks start on Monday
    if group == "week":  # strftime('%w'): 0 on Sunday … 6 on Saturday
        back = (cast(func.strftime("%w", night), Integer) + 6) % 7
        return type_coerce(func.date(night, "-" + cast(back, String) + " days"), Date)
    return type_coerce(func.date(night, "start of month"), Date)
