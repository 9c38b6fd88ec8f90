"""Sharing chosen entries, and full exports. Everything here is Qt-free except `pdf`.

Pipeline (what the share wizard calls):

    selection = ShareSelection(entries=(EntryChoice(3), EntryChoice(7, excerpts=((120, 480),))),
                               sections=Sections(questions=("How do you rest?",)),
                               options=ShareOptions(redactions=(Redaction("Sam"),), template=Template.GROUP))
    document = compose(selection, vault.entries.get_many(selection.entry_ids))   # redacted here
    render_markdown(document) / render_html(document) / render_text(document)    # str
    pdf.render_pdf(document, path, progress=..., cancel=...)                     # worker thread
    pdf.paint_to_printer(document, printer)                                      # print / preview

Modules: selection (what was chosen), redact, document (the neutral model), mdparse,
compose, markdown, html, text, pdf (Qt), safety (synced folders), portable (full
plaintext exports).
"""
