package org.yadman.accounts;

import io.javalin.http.Context;
import java.util.Arrays;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * Role checks for restricted routes. Sign-in itself is enforced for every workspace route by
 * {@link SessionFilter}; a route that needs more than "signed in" asks here first:
 * {@code Viewer v = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);}. A refusal renders the
 * 403 error page in the request's language.
 */
public final class Access {
    private Access() {}

    /** Thrown to refuse a request; rendered as the 403 error page. */
    public static final class Forbidden extends RuntimeException {
        public Forbidden(String why) {
            super(why, null, false, false);
        }
    }

    /** The signed-in viewer; refuses anonymous requests. */
    public static Viewer requireViewer(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        if (viewer == null) throw new Forbidden("not signed in");
        return viewer;
    }

    /** The signed-in viewer, if their role is one of {@code allowed}; refuses everyone else. */
    public static Viewer requireRole(Context ctx, Role... allowed) {
        Viewer viewer = requireViewer(ctx);
        if (!hasRole(viewer, allowed)) throw new Forbidden("role " + viewer.role() + " is not one of " + Arrays.toString(allowed));
        return viewer;
    }

    public static boolean hasRole(Viewer viewer, Role... allowed) {
        if (viewer == null) return false;
        for (Role role : allowed) if (role.code().equals(viewer.role())) return true;
        return false;
    }
}
