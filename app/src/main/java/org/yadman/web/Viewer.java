package org.yadman.web;

/** The signed-in user behind a request, with the token every form they post must carry. */
public record Viewer(long userId, String name, String role, String csrfToken) {
    public boolean isAdmin() {
        return "admin".equals(role);
    }

    /** Investigators and admins may change the registry; analysts only read. */
    public boolean canEdit() {
        return "admin".equals(role) || "investigator".equals(role);
    }
}
