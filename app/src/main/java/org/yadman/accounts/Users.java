package org.yadman.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The {@code app_user} table: accounts, their role and password hash, and whether disabled. */
public final class Users {
    /** One account as listed; never carries the hash. */
    public record Account(long id, String name, Role role, Instant createdAt, Instant disabledAt) {
        public boolean disabled() {
            return disabledAt != null;
        }
    }

    /** The outcome of {@link #disable}: the account, and whether it was enabled until now. */
    public record Disabled(long id, boolean changed) {}

    /** What the login needs to check a password. */
    record LoginRow(long id, String name, Role role, String passwordHash) {}

    private final Jdbi jdbi;

    public Users(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Creates an account. {@code name} and {@code password} are normalised and checked first
     * ({@link Credentials}); nothing is written when either breaks a rule or the name is taken.
     */
    public Account add(String name, Role role, String password, PasswordHasher hasher, Instant now) {
        String normalName = Credentials.normaliseName(name);
        Credentials.checkName(normalName);
        String normalPassword = Credentials.normalisePassword(password);
        Credentials.checkPassword(normalPassword);
        String hash = hasher.hash(normalPassword);
        return jdbi.inTransaction(h -> {
            boolean taken = h.createQuery("SELECT count(*) > 0 FROM app_user WHERE name = :name")
                    .bind("name", normalName).mapTo(Boolean.class).one();
            if (taken) throw new IllegalArgumentException("an account named '" + normalName + "' already exists");
            long id = h.createUpdate("INSERT INTO app_user (name, role, password_hash, created_at) VALUES (:name, :role, :hash, :now)")
                    .bind("name", normalName).bind("role", role.code()).bind("hash", hash).bind("now", utc(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new Account(id, normalName, role, now, null);
        });
    }

    public List<Account> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, role, created_at, disabled_at FROM app_user ORDER BY name")
                .map((rs, ctx) -> new Account(rs.getLong("id"), rs.getString("name"), Role.fromCode(rs.getString("role")),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("disabled_at", OffsetDateTime.class))))
                .list());
    }

    /**
     * Disables an account and ends all its sessions at once; throws when there is no such account.
     */
    public Disabled disable(String name, Instant now) {
        String normalName = Credentials.normaliseName(name);
        return jdbi.inTransaction(h -> {
            Optional<Long> id = h.createQuery("SELECT id FROM app_user WHERE name = :name FOR UPDATE")
                    .bind("name", normalName).mapTo(Long.class).findOne();
            if (id.isEmpty()) throw new IllegalArgumentException("no account named '" + normalName + "'");
            int changed = h.createUpdate("UPDATE app_user SET disabled_at = :now WHERE id = :id AND disabled_at IS NULL")
                    .bind("now", utc(now)).bind("id", id.get()).execute();
            h.createUpdate("DELETE FROM user_session WHERE user_id = :id").bind("id", id.get()).execute();
            return new Disabled(id.get(), changed == 1);
        });
    }

    /** The enabled account with this (normalised) name, if any. */
    Optional<LoginRow> findEnabled(String normalName) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, name, role, password_hash FROM app_user WHERE name = :name AND disabled_at IS NULL")
                .bind("name", normalName)
                .map((rs, ctx) -> new LoginRow(rs.getLong("id"), rs.getString("name"),
                        Role.fromCode(rs.getString("role")), rs.getString("password_hash")))
                .findOne());
    }

    void replaceHash(long userId, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", userId).execute());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
