package org.yadman.acts;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.yadman.web.Lang;
import org.yadman.web.Page;

/**
 * A case file as a standalone HTML document (no site layout, no links into the workspace), in one
 * language: what a court bundle carries as data/case-file.html and data/case-file.fa.html, and what
 * a PDF is made from. The same body template renders the workspace page.
 */
public final class CaseDocument {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private CaseDocument() {}

    public static String html(CaseFile file, Lang lang, boolean synthetic) {
        Page page = new Page(lang, lang.t("acts.case.title", file.subject()), "", null, synthetic);
        StringOutput out = new StringOutput();
        TEMPLATES.render("acts/caseDocument.jte", Map.of("page", page, "file", file), out);
        return out.toString();
    }
}
