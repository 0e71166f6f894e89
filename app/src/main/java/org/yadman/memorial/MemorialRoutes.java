package org.yadman.memorial;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yadman.linkage.PersianText;
import org.yadman.web.Lang;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The public memorial: only published persons, no cookies, no script needed. Every page reads
 * through {@link MemorialQueries}, which enforces publication itself.
 */
public final class MemorialRoutes implements WebServer.Capability {
    static final int SEARCH_LIMIT = 200;
    static final int PAGE_SIZE = 50;

    /**
     * A person as listed in search results and on source pages: names, and what tells namesakes
     * apart (each "label: value", in the page's language).
     */
    public record Listed(long id, String name, List<String> otherNames, List<String> details) {}

    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            cfg.routes.get("/" + lang + "/", this::home);
            cfg.routes.get("/" + lang + "/search", this::search);
            cfg.routes.get("/" + lang + "/person/{id}", this::person);
            cfg.routes.get("/" + lang + "/sources", this::sources);
            cfg.routes.get("/" + lang + "/source/{id}", this::source);
        }
    }

    private static MemorialQueries queries(Context ctx) {
        return new MemorialQueries(Web.site(ctx).database().jdbi());
    }

    private void home(Context ctx) {
        Web.render(ctx, "memorial/home.jte", Map.of("page", Page.of(ctx, "memorial.home.title"),
                "counts", queries(ctx).counts()));
    }

    private void search(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        MemorialQueries q = queries(ctx);
        List<Listed> hits = query.isEmpty() ? List.of() : listed(q, q.search(query, SEARCH_LIMIT), Web.lang(ctx));
        Web.render(ctx, "memorial/search.jte", Map.of("page", Page.of(ctx, "memorial.search.title"),
                "query", query, "hits", hits, "limited", hits.size() >= SEARCH_LIMIT));
    }

    private void person(Context ctx) {
        Optional<Long> id = id(ctx.pathParam("id"));
        MemorialQueries q = queries(ctx);
        Optional<MemorialQueries.Person> person = id.flatMap(q::person);
        if (person.isEmpty()) {
            notFound(ctx);
            return;
        }
        Lang lang = Web.lang(ctx);
        PersonView view = PersonView.of(person.get(), q.names(List.of(id.get())).get(id.get()), lang);
        Page generic = Page.of(ctx, "memorial.person.title");
        Page page = new Page(lang, view.name(), generic.otherLanguagePath(), generic.viewer(), generic.synthetic());
        Web.render(ctx, "memorial/person.jte", Map.of("page", page, "person", view,
                "acts", org.yadman.acts.MemorialActs.of(Web.site(ctx).database().jdbi(), id.get(), lang)));
    }

    private void sources(Context ctx) {
        Web.render(ctx, "memorial/sources.jte", Map.of("page", Page.of(ctx, "memorial.sources.title"),
                "sources", queries(ctx).sources()));
    }

    private void source(Context ctx) {
        MemorialQueries q = queries(ctx);
        Optional<MemorialQueries.Source> source = id(ctx.pathParam("id")).flatMap(q::source);
        if (source.isEmpty()) {
            notFound(ctx);
            return;
        }
        int pages = (int) Math.max(1, (source.get().publishedPersons() + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNumber = (int) Math.min(pages, id(ctx.queryParam("page")).orElse(1L));
        List<Long> ids = q.sourcePersons(source.get().id(), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        Lang lang = Web.lang(ctx);
        Web.render(ctx, "memorial/source.jte", Map.of("page", Page.of(ctx, "memorial.source.title", source.get().label()),
                "source", source.get(), "persons", listed(q, ids, lang), "pageNumber", pageNumber, "pages", pages));
    }

    private static List<Listed> listed(MemorialQueries q, List<Long> ids, Lang lang) {
        List<Listed> out = new ArrayList<>();
        Map<Long, Map<String, String>> details = q.distinguishing(ids);
        q.names(ids).forEach((id, names) -> {
            List<String> shown = DisplayNames.of(names, lang);
            List<String> facts = new ArrayList<>();
            details.get(id).forEach((field, value) -> facts.add(FactText.label(lang, field) + ": " + value));
            out.add(new Listed(id, shown.get(0), shown.subList(1, shown.size()), facts));
        });
        return out;
    }

    /** A positive id from a path or query parameter, Persian digits accepted; empty otherwise. */
    static Optional<Long> id(String text) {
        if (text == null) return Optional.empty();
        String ascii = PersianText.digitsToAscii(text.strip());
        if (!ascii.matches("[0-9]{1,18}")) return Optional.empty();
        long value = Long.parseLong(ascii);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    private static void notFound(Context ctx) {
        Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
    }
}
