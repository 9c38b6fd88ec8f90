"""Writing a finished share and logging it: shared by the CLI and the share wizard. No Qt.

    write_share_text(document, "md", path)     # Markdown, HTML or plain text, atomically
    log_share(vault, "pdf", selection)         # what went out, when (never where)

PDF goes through `companion.export.pdf` (Qt) instead. Text files are written to a hidden
temporary file *beside* the destination and renamed over it (security.atomic), so no
plaintext ever passes through the system temp folder and a failure leaves nothing.
"""

from __future__ import annotations

from pathlib import Path

from companion.errors import InvalidInputError
from companion.export.document import ExportDocument

TEXT_KINDS = ("md", "html", "txt")
SUFFIXES = {"pdf": ".pdf", "md": ".md", "html": ".html", "txt": ".txt"}


def render_share(document: ExportDocument, kind: str) -> str:
    """The document as Markdown ("md"), self-contained HTML ("html") or plain text ("txt")."""
    if kind == "md":
        from companion.export.markdown import render_markdown as render
    elif kind == "html":
        from companion.export.html import render_html as render
    elif kind == "txt":
        from companion.export.text import render_text as render
    else:
        raise InvalidInputError(f"A share can be written as {', '.join(TEXT_KINDS)} or pdf, not {kind!r}.")
    return render(document)


def check_destination(path: str | Path) -> Path:
    """The resolved file to write; one sentence if it is a folder or its folder is missing."""
    out = Path(path).expanduser().resolve()
    if out.is_dir():
        raise InvalidInputError(f"{out} is a folder; please name a file to write.")
    if not out.parent.is_dir():
        raise InvalidInputError(f"The folder {out.parent} does not exist.")
    return out


def write_share_text(document: ExportDocument, kind: str, path: str | Path) -> Path:
    """Render and write atomically (mode 0600, temp file beside the destination). Returns the path."""
    from companion.security.atomic import write_atomic

    out = check_destination(path)
    write_atomic(out, render_share(document, kind).encode("utf-8"))
    return out


def log_share(vault, kind: str, selection, recipe: str = "") -> int:
    """Record in the vault's share log what was shared (entries, excerpts, sections); returns its id."""
    from companion.store.share_log import SharedEntry, ShareLogRepository

    return ShareLogRepository(vault.connection, vault.db_path).record(
        format=kind,
        template=selection.options.template.value,
        entries=[SharedEntry(c.entry_id, tuple(c.excerpts)) for c in selection.entries],
        sections=selection.sections.kinds(),
        recipe=recipe,
    )


def export_document(vault) -> dict:
    """The whole journal as our JSON export document (docs/export-format.md)."""
    from companion.export import portable

    return portable.json_document(vault.entries.get_many(vault.entries.all_ids()))


def write_full_export(vault, kind: str, path: str | Path) -> tuple[Path, int]:
    """The whole journal, UNENCRYPTED: "json" (one file) or "markdown-folder" (a new folder).

    Callers must have the person's explicit go-ahead first. Returns (path, entries written).
    """
    from companion.export import portable

    out = Path(path).expanduser().resolve()
    entries = vault.entries.get_many(vault.entries.all_ids())
    if kind == "json":
        if out.is_dir():
            raise InvalidInputError(f"{out} is a folder; please name a file for the export.")
        if not out.parent.is_dir():
            raise InvalidInputError(f"The folder {out.parent} does not exist.")
        portable.write_json(out, entries)
    elif kind == "markdown-folder":
        portable.write_markdown_folder(out, entries)
    else:
        raise InvalidInputError(f"A full export can be json or markdown-folder, not {kind!r}.")
    return out, len(entries)
