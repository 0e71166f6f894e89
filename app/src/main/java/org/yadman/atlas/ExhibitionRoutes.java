package org.yadman.atlas;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yadman.memorial.DisplayNames;
import org.yadman.memorial.MemorialQueries;
import org.yadman.web.Lang;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * Public exhibition pages: the list, one exhibition with its persons' photographs and
 * biographies, and the published (metadata-free) photographs themselves. Only public exhibitions
 * and published persons, by {@link Exhibitions}' rules.
 */
public final class ExhibitionRoutes implements WebServer.Capability {
    /** One person as shown in an exhibition. */
    public record Shown(long itemId, long personId, String name, String biography, boolean biographyInPageLanguage, boolean photo) {}

    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            cfg.routes.get("/" + lang + "/exhibitions", this::list);
            cfg.routes.get("/" + lang + "/exhibition/{id}", this::exhibition);
            cfg.routes.get("/" + lang + "/exhibition-photo/{item}", this::photo);
        }
    }

    private static Exhibitions exhibitions(Context ctx) {
        return new Exhibitions(Web.site(ctx).database().jdbi());
    }

    private void list(Context ctx) {
        Web.render(ctx, "atlas/exhibitions.jte", Map.of("page", Page.of(ctx, "atlas.exhibitions.title"),
                "exhibitions", exhibitions(ctx).publicList()));
    }

    private void exhibition(Context ctx) {
        Exhibitions store = exhibitions(ctx);
        Optional<Exhibitions.Exhibition> exhibition = AtlasRoutes.id(ctx.pathParam("id")).flatMap(store::publicOne);
        if (exhibition.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        Lang lang = Web.lang(ctx);
        List<Exhibitions.Item> items = store.publicItems(exhibition.get().id());
        Map<Long, List<MemorialQueries.Name>> names = new MemorialQueries(Web.site(ctx).database().jdbi())
                .names(items.stream().map(Exhibitions.Item::personId).toList());
        List<Shown> shown = new ArrayList<>();
        for (Exhibitions.Item i : items) {
            String own = i.biography(lang);
            boolean inPageLanguage = !own.isBlank();
            shown.add(new Shown(i.id(), i.personId(), DisplayNames.of(names.get(i.personId()), lang).get(0),
                    inPageLanguage ? own : i.biography(lang.other()), inPageLanguage, i.photoPublished() != null));
        }
        Page generic = Page.of(ctx, "atlas.exhibitions.title");
        Page page = new Page(lang, exhibition.get().title(lang), generic.otherLanguagePath(), generic.viewer(), generic.synthetic());
        Web.render(ctx, "atlas/exhibition.jte", Map.of("page", page, "exhibition", exhibition.get(), "items", shown));
    }

    private void photo(Context ctx) {
        Optional<Exhibitions.Photo> photo = AtlasRoutes.id(ctx.pathParam("item")).flatMap(exhibitions(ctx)::publicPhoto);
        if (photo.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        // Not cached for long: a withdrawn publication must take the photograph off soon everywhere.
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType(photo.get().mediaType()).result(photo.get().content());
    }
}
