package org.yadman.atlas;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yadman.linkage.PersianText;
import org.yadman.memorial.DisplayNames;
import org.yadman.memorial.MemorialQueries;
import org.yadman.web.Lang;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The public atlas: a map of prisons and grave sites, a page per place, and a timeline of
 * executions. Everything is drawn on the server as SVG inside the page: no script, no tiles, no
 * request to anyone but us. Only published persons count (see {@link AtlasQueries}).
 */
public final class AtlasRoutes implements WebServer.Capability {
    /** A published person at a place: name, what happened there and when (as written). */
    public record PersonAtPlace(long id, String name, String act, String date) {}

    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            cfg.routes.get("/" + lang + "/map", this::map);
            cfg.routes.get("/" + lang + "/place/{id}", this::place);
            cfg.routes.get("/" + lang + "/timeline", this::timeline);
        }
    }

    private static AtlasQueries queries(Context ctx) {
        return new AtlasQueries(Web.site(ctx).database().jdbi());
    }

    private void map(Context ctx) {
        MapView view = MapView.of(Basemap.shipped(), queries(ctx).mappedPlaces(), Web.lang(ctx));
        Web.render(ctx, "atlas/map.jte", Map.of("page", Page.of(ctx, "atlas.map.title"), "map", view));
    }

    private void place(Context ctx) {
        AtlasQueries q = queries(ctx);
        Optional<AtlasQueries.Place> place = id(ctx.pathParam("id")).flatMap(q::place);
        if (place.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        Lang lang = Web.lang(ctx);
        AtlasQueries.Place p = place.get();
        String name = PlaceNames.pick(p.names(), lang);
        String parent = p.parentId() == null ? null : PlaceNames.pick(q.names(List.of(p.parentId())).get(p.parentId()), lang);
        List<AtlasQueries.PersonAct> acts = q.personActs(p.id());
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(acts.stream().map(AtlasQueries.PersonAct::personId).toList()));
        Map<Long, List<MemorialQueries.Name>> names = new MemorialQueries(Web.site(ctx).database().jdbi()).names(ids);
        List<PersonAtPlace> persons = new ArrayList<>();
        for (AtlasQueries.PersonAct a : acts) {
            String date = a.dateText() != null ? a.dateText()
                    : a.earliest() == null ? "" : a.earliest().equals(a.latest()) ? DateLabels.primary(a.earliest(), lang)
                    : a.latest() == null ? "" : DateLabels.range(a.earliest(), a.latest(), lang);
            persons.add(new PersonAtPlace(a.personId(), DisplayNames.of(names.get(a.personId()), lang).get(0),
                    lang.t("atlas.act." + a.type()), date));
        }
        Page generic = Page.of(ctx, "atlas.place.title");
        Page page = new Page(lang, name, generic.otherLanguagePath(), generic.viewer(), generic.synthetic());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("place", p);
        model.put("name", name);
        model.put("parent", parent);
        model.put("otherNames", p.names().stream().filter(n -> !n.equals(name)).toList());
        model.put("statuses", q.statuses(p.id()));
        model.put("persons", persons);
        Web.render(ctx, "atlas/place.jte", model);
    }

    private void timeline(Context ctx) {
        Lang lang = Web.lang(ctx);
        Timeline timeline = Timeline.of(new ExecutionDates(Web.site(ctx).database().jdbi()).entries());
        List<Long> placeIds = timeline.series().stream().filter(k -> k > 0).toList();
        Map<Long, String> placeNames = new HashMap<>();
        queries(ctx).names(placeIds).forEach((id, names) -> placeNames.put(id, PlaceNames.pick(names, lang)));
        Web.render(ctx, "atlas/timeline.jte", Map.of("page", Page.of(ctx, "atlas.timeline.title"),
                "view", TimelineView.of(timeline, placeNames, lang)));
    }

    /** A positive id from the path, Persian digits accepted. */
    static Optional<Long> id(String text) {
        String ascii = PersianText.digitsToAscii(text == null ? "" : text.strip());
        if (!ascii.matches("[0-9]{1,18}")) return Optional.empty();
        long value = Long.parseLong(ascii);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
