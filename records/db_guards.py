"""Database triggers that keep clinical data as written, below the ORM (a shell cannot change it).

Append-only tables (audit rows, chat messages) refuse every UPDATE and DELETE. A clinical report
refuses them once it is no longer a draft, except the one move the amendment service makes:
status signed -> amended (or a no-op save), every other column unchanged. PostgreSQL and SQLite
(`make run`) both get them; the migrations of `records` and `consult` call these functions.
"""

from __future__ import annotations

PG_APPEND_ONLY_FUNCTION = """
CREATE OR REPLACE FUNCTION telemed_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$
"""

PG_APPEND_ONLY_TRIGGER = """
CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
FOR EACH ROW EXECUTE FUNCTION telemed_append_only()
"""

PG_REPORT_FUNCTION = """
CREATE OR REPLACE FUNCTION {table}_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE'
     AND ((OLD.status = 'signed' AND NEW.status IN ('signed', 'amended'))
          OR (OLD.status = 'amended' AND NEW.status = 'amended'))
     AND (to_jsonb(NEW) - 'status' - 'updated_at') = (to_jsonb(OLD) - 'status' - 'updated_at')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a signed clinical report is immutable (amend it): % refused', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$
"""

PG_REPORT_TRIGGER = """
CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table}
FOR EACH ROW EXECUTE FUNCTION {table}_immutable()
"""

SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER IF NOT EXISTS {table}_no_{op} BEFORE {OP} ON {table} "
    "BEGIN SELECT RAISE(ABORT, '{table} rows are append-only: {OP} refused'); END"
)

SQLITE_REPORT_DELETE = (
    "CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
    "WHEN OLD.status <> 'draft' "
    "BEGIN SELECT RAISE(ABORT, 'a signed clinical report is immutable: DELETE refused'); END"
)

SQLITE_REPORT_UPDATE = (
    "CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} "
    "WHEN OLD.status <> 'draft' AND NOT ("
    "((OLD.status = 'signed' AND NEW.status IN ('signed', 'amended')) "
    "OR (OLD.status = 'amended' AND NEW.status = 'amended')) AND {unchanged}) "
    "BEGIN SELECT RAISE(ABORT, 'a signed clinical report is immutable: UPDATE refused'); END"
)


OPS = ("update", "delete")


def _run(schema_editor, statements: list[str]) -> None:
    for statement in statements:
        schema_editor.execute(statement, params=None)


def append_only_install(schema_editor, table: str) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, [PG_APPEND_ONLY_FUNCTION, PG_APPEND_ONLY_TRIGGER.format(table=table)])
    elif vendor == "sqlite":
        _run(
            schema_editor,
            [
                SQLITE_APPEND_ONLY.format(table=table, op=op.lower(), OP=op)
                for op in ("UPDATE", "DELETE")
            ],
        )


def append_only_remove(schema_editor, table: str) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, [f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"])
    elif vendor == "sqlite":
        _run(schema_editor, [f"DROP TRIGGER IF EXISTS {table}_no_{op}" for op in OPS])


def report_install(schema_editor, table: str) -> None:
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        _run(
            schema_editor,
            [PG_REPORT_FUNCTION.format(table=table), PG_REPORT_TRIGGER.format(table=table)],
        )
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            description = connection.introspection.get_table_description(cursor, table)
        frozen = [c.name for c in description if c.name not in {"status", "updated_at"}]
        unchanged = " AND ".join(f'NEW."{name}" IS OLD."{name}"' for name in frozen)
        _run(
            schema_editor,
            [
                SQLITE_REPORT_DELETE.format(table=table),
                SQLITE_REPORT_UPDATE.format(table=table, unchanged=unchanged),
            ],
        )


def report_remove(schema_editor, table: str) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(
            schema_editor,
            [f"DROP TRIGGER IF EXISTS {table}_immutable ON {table}",
             f"DROP FUNCTION IF EXISTS {table}_immutable()"],
        )  # fmt: skip
    elif vendor == "sqlite":
        _run(schema_editor, [f"DROP TRIGGER IF EXISTS {table}_no_{op}" for op in OPS])
